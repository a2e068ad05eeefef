package vn.cds.baocao.organization.service;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.domain.UnitAlias;
import vn.cds.baocao.organization.domain.UnitAliasRepository;
import vn.cds.baocao.organization.domain.UnitRepository;
import vn.cds.baocao.organization.domain.UnitType;
import vn.cds.baocao.organization.domain.UnitTypeRepository;

/** The province's units and their types. */
@Service
@Transactional(readOnly = true)
public class UnitService {

    private final UnitRepository units;
    private final UnitTypeRepository types;
    private final UnitAliasRepository aliases;

    public UnitService(UnitRepository units, UnitTypeRepository types, UnitAliasRepository aliases) {
        this.units = units;
        this.types = types;
        this.aliases = aliases;
    }

    /** Every unit with its aliases, for the administration screen. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<UnitRow> unitRows() {
        return units.findAllByOrderByDisplayOrderAscIdAsc().stream()
                .map(unit -> new UnitRow(unit, unit.getParent() == null ? null : unit.getParent().getShortName(),
                        unit.getSuccessor() == null ? null : unit.getSuccessor().getShortName(),
                        aliases.findByUnit(unit).stream().map(UnitAlias::getAlias).toList()))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public List<UnitType> unitTypes() {
        return types.findAllByOrderByDisplayOrderAsc();
    }

    @PreAuthorize("isAuthenticated()")
    public List<Unit> allUnits() {
        return units.findAllByOrderByDisplayOrderAscIdAsc();
    }

    /** A unit as the administration grid shows it. */
    public record UnitRow(Unit unit, String parentName, String successorName, List<String> aliases) {
    }
}
