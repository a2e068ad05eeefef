package vn.cds.baocao.base.i18n;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** A message key and its arguments, translated at the edge (view, e-mail, document) in its reader's language. */
public record Text(String key, List<Object> args) implements Localizable {

    public Text {
        args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
    }

    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }

    @Override
    public String in(Locale locale) {
        return Messages.get(locale, key, args.toArray());
    }
}
