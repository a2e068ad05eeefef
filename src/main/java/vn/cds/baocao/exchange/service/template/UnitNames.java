package vn.cds.baocao.exchange.service.template;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.cds.baocao.organization.domain.Unit;

/**
 * Finds a unit by what a spreadsheet calls it: its code, full name, short name or a known alias — the spellings
 * seen in the province's documents, misspellings included ("UBND TP.Đông Xoài", "Hón Quán"). Case, spaces and
 * Unicode composition do not matter ("UBND TP. Đồng Xoài" = "UBND TP.Đồng Xoài").
 */
final class UnitNames {

    private final Map<String, Set<Unit>> byName = new HashMap<>();
    private final Map<String, Unit> byCode = new HashMap<>();

    /** @param aliases the units' aliases by unit id */
    UnitNames(Collection<Unit> units, Map<Long, List<String>> aliases) {
        for (Unit unit : units) {
            byCode.put(unit.getCode().toUpperCase(Locale.ROOT), unit);
            add(unit.getFullName(), unit);
            add(unit.getShortName(), unit);
        }
        for (Unit unit : units) {
            aliases.getOrDefault(unit.getId(), List.of()).forEach(alias -> add(alias, unit));
        }
    }

    Unit byCode(String code) {
        return code == null ? null : byCode.get(code.strip().toUpperCase(Locale.ROOT));
    }

    /** The units a name may mean: none, one, or several when the name is ambiguous. */
    Set<Unit> byName(String name) {
        if (name == null || name.isBlank()) {
            return Set.of();
        }
        Unit coded = byCode(name);
        if (coded != null) {
            return Set.of(coded);
        }
        return byName.getOrDefault(normalise(name), Set.of());
    }

    private void add(String name, Unit unit) {
        if (name != null && !name.isBlank()) {
            byName.computeIfAbsent(normalise(name), key -> new LinkedHashSet<>()).add(unit);
        }
    }

    static String normalise(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.of("vi"))
                .replaceAll("[\\s\\u00a0]+", "");
    }
}
