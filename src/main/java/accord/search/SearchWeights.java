package accord.search;

import accord.schema.Field;
import accord.schema.FieldType;

/**
 * How much a field weighs in the index: what the schema says ({@code search: { weight: N }}, or
 * {@code search: false} for 0), else a default by role (the title and other names weigh most; sources,
 * caveats, notes and drafts flags are left out), else by type. A reference is indexed by the title of the
 * record it names, so a session is found by its speakers' names. The body weighs {@link #BODY}, its
 * headings {@link #HEADING}.
 */
public final class SearchWeights {
    public static final int TITLE = 10;
    public static final int ALIAS = 8;
    public static final int BODY = 1;
    public static final int HEADING = 2;

    private SearchWeights() {
    }

    public static int of(Field f) {
        if (f.search().isPresent()) return f.search().get();
        if (f.role().isPresent()) {
            switch (f.role().get()) {
                case TITLE: return TITLE;
                case ALIASES, ALIAS_NAME: return ALIAS;
                case TOPICS: return 2;
                case DATE: return 1;
                case ALIAS_LANG, ALIAS_NOTE, SOURCES, SOURCE_TITLE, SOURCE_PUBLISHER, SOURCE_URL, SOURCE_DATE,
                        SOURCE_QUALITY, SOURCE_NOTE, CAVEATS, CAVEAT_FIELD, CAVEAT_STATUS, CAVEAT_TEXT, DISAMBIGUATION,
                        DRAFT, DATE_BASIS: return 0;
                default:
            }
        }
        return byType(f.type());
    }

    private static int byType(FieldType t) {
        if (t instanceof FieldType.ListType l) return byType(l.element());
        if (t instanceof FieldType.StringType || t instanceof FieldType.NumberType) return 3;
        if (t instanceof FieldType.RefType) return 2;
        if (t instanceof FieldType.UrlType) return 0;
        return 1; // text, enum, date, datetime, object (whose own fields then weigh what they weigh)
    }
}
