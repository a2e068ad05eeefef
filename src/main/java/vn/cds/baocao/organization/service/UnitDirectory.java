package vn.cds.baocao.organization.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.domain.UnitAliasRepository;
import vn.cds.baocao.organization.domain.UnitRepository;
import vn.cds.baocao.organization.domain.UnitRows;
import vn.cds.baocao.organization.domain.UnitSummary;
import vn.cds.baocao.organization.domain.UnitType;
import vn.cds.baocao.organization.domain.UnitTypeRepository;

/**
 * The units, for the services of other features (which carry their own permission checks): by id or code, all of
 * them in display order, as light rows in one query, their aliases. No role check, so scheduled jobs and event
 * listeners can use it too; screens use {@link UnitService}.
 */
@Service
@Transactional(readOnly = true)
public class UnitDirectory {

    private final UnitRepository units;
    private final UnitTypeRepository types;
    private final UnitAliasRepository aliases;
    private final UnitRows rows;

    public UnitDirectory(UnitRepository units, UnitTypeRepository types, UnitAliasRepository aliases,
                         UnitRows rows) {
        this.units = units;
        this.types = types;
        this.aliases = aliases;
        this.rows = rows;
    }

    public Optional<Unit> find(long id) {
        return units.findById(id);
    }

    public Optional<Unit> findByCode(String code) {
        return units.findByCode(code);
    }

    /** Every unit, in display order. */
    public List<Unit> all() {
        return units.findAllByOrderByDisplayOrderAscIdAsc();
    }

    public long count() {
        return units.count();
    }

    /** Every unit with its type as plain values, in display order, in one statement. */
    public List<UnitSummary> summaries() {
        return rows.all();
    }

    /** The unit types in display order. */
    public List<UnitType> types() {
        return types.findAllByOrderByDisplayOrderAsc();
    }

    public boolean typeExists(String code) {
        return types.existsById(code);
    }

    /** Every alias (earlier names, spellings seen in documents), by unit id. */
    public Map<Long, List<String>> aliases() {
        Map<Long, List<String>> byUnit = new HashMap<>();
        aliases.findAll().forEach(alias -> byUnit.computeIfAbsent(alias.getUnit().getId(), id -> new ArrayList<>())
                .add(alias.getAlias()));
        return byUnit;
    }
}
