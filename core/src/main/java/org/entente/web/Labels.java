package org.entente.web;

import org.entente.actors.Actor;
import org.entente.actors.ActorBase;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * What a page says in its language ({@code ?lang=en|fr}): the interface's words from
 * {@code labels-en.properties} and {@code labels-fr.properties}, states and organisations by
 * their names in the actor base, dates at the precision they are known. Every method returns
 * plain text except those ending in {@code Html}, which escape what they embed.
 */
final class Labels {
    /** The languages offered, the default first. */
    static final List<String> LANGS = List.of("en", "fr");

    private static final Map<String, Map<String, String>> TEXTS = load();

    private final ActorBase base;
    private final String lang;
    private final Map<String, String> texts;
    private final Locale locale;

    private Labels(ActorBase base, String lang) {
        this.base = base;
        this.lang = lang;
        this.texts = TEXTS.get(lang);
        this.locale = Locale.forLanguageTag(lang);
    }

    /** The labels of a language; an unknown or missing one gives the default. */
    static Labels of(ActorBase base, String lang) {
        return new Labels(base, lang != null && LANGS.contains(lang) ? lang : LANGS.get(0));
    }

    String lang() {
        return lang;
    }

    /** Every key of a language, for the test that both languages say everything. */
    static java.util.Set<String> keys(String lang) {
        return TEXTS.get(lang).keySet();
    }

    /** The text of a key; {@code {0}}, {@code {1}}… are replaced by the arguments. A missing key shows as itself. */
    String t(String key, Object... args) {
        String s = texts.getOrDefault(key, key);
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }

    /** One or several, by count: key {@code .one} or {@code .many}. */
    String count(String key, int n) {
        return t(key + (n == 1 ? ".one" : ".many"), n);
    }

    String type(String type) {
        return texts.getOrDefault("type." + type, type);
    }

    String status(String status) {
        return status == null ? "" : texts.getOrDefault("status." + status, status);
    }

    /** An office as words ("foreign minister", "ministre des Affaires étrangères"). */
    String role(String role) {
        if (role == null || role.isBlank()) {
            return "";
        }
        return texts.getOrDefault("role." + role, role.toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    /** A state's or organisation's name in the page's language; the code itself when the base has none. */
    String name(String id) {
        if (id == null) {
            return "";
        }
        if ("fr".equals(lang)) {
            String fr = base.frenchLabel(id);
            if (fr != null) {
                return fr;
            }
        }
        return base.byId(id).map(Actor::name).orElse(id);
    }

    /** Whether the actor base knows this id (a state, an organisation...). */
    boolean known(String id) {
        return id != null && base.byId(id).isPresent();
    }

    /** A state's name with its code on hover. */
    String stateHtml(String iso3) {
        if (iso3 == null || iso3.isBlank()) {
            return "";
        }
        return "<abbr class=\"state\" title=\"" + Html.text(iso3) + "\">" + Html.text(name(iso3)) + "</abbr>";
    }

    /** States stored as {@code CHN;KAZ}, by name. */
    String states(String joined) {
        if (joined == null || joined.isBlank()) {
            return "";
        }
        List<String> out = new ArrayList<>();
        for (String c : joined.split(";")) {
            if (!c.isBlank()) {
                out.add(name(c.strip()));
            }
        }
        return String.join(", ", out);
    }

    /**
     * A date at its precision: "2024", "July 2024" / "juillet 2024", "3 July 2024" /
     * "3 juillet 2024"; an interval as its two ends. Null is "undated".
     */
    String date(String iso) {
        if (iso == null || iso.isBlank()) {
            return t("date.undated");
        }
        int slash = iso.indexOf('/');
        if (slash > 0) {
            return t("date.interval", date(iso.substring(0, slash)), date(iso.substring(slash + 1)));
        }
        try {
            return switch (iso.length()) {
                case 4 -> String.valueOf(Integer.parseInt(iso));
                case 7 -> YearMonth.parse(iso).format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
                case 10 -> day(LocalDate.parse(iso));
                default -> iso;
            };
        } catch (RuntimeException e) {
            return iso; // a stored value of another shape is shown as stored
        }
    }

    /** A chart tick: "Apr 2023" / "avr. 2023" for a month, "3 Jul" / "3 juil." for a day. */
    String tick(LocalDate d, boolean month) {
        return d.format(DateTimeFormatter.ofPattern(month ? "MMM yyyy" : "d MMM", locale));
    }

    private String day(LocalDate d) {
        if ("fr".equals(lang)) {
            return (d.getDayOfMonth() == 1 ? "1er" : String.valueOf(d.getDayOfMonth()))
                    + d.format(DateTimeFormatter.ofPattern(" MMMM yyyy", locale));
        }
        return d.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }

    /** A page path with the language kept when it is not the default, for every link a page makes. */
    String href(String path) {
        if (lang.equals(LANGS.get(0))) {
            return path;
        }
        return path + (path.contains("?") ? "&" : "?") + "lang=" + lang;
    }

    private static Map<String, Map<String, String>> load() {
        Map<String, Map<String, String>> out = new HashMap<>();
        for (String lang : LANGS) {
            Properties p = new Properties();
            try (InputStream in = Labels.class.getResourceAsStream("labels-" + lang + ".properties")) {
                if (in == null) {
                    throw new IllegalStateException("labels-" + lang + ".properties missing from the classpath");
                }
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("labels-" + lang + ".properties unreadable", e);
            }
            Map<String, String> m = new HashMap<>();
            p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
            out.put(lang, Map.copyOf(m));
        }
        return Map.copyOf(out);
    }
}
