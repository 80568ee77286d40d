package accord.render;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordWrapperTest {
    /** A view as the renderer makes them: components, a derived property, a method with an argument. */
    public record Item(String title, int count, boolean flag, List<String> tags, Map<String, String> meta, Item parent) {
        public String shout() {
            return title.toUpperCase(java.util.Locale.ROOT);
        }

        public String greet(String who) {
            return "hello " + who + " from " + title;
        }

        public String getKind() {
            return "item";
        }
    }

    /** Takes a view back from a template, as a method of {@code ui} may. */
    public static final class Helper {
        public String titleOf(Item item) {
            return "<" + item.title() + ">";
        }
    }

    private static final String TEMPLATE = """
            ${r.title} ${r.count} ${r.flag?c} <#if r.flag>on</#if> ${r.tags?size} ${r.tags[1]} ${r.meta.k}
            ${r.parent.title} ${(r.parent.parent.title)!"none"} ${r.shout} ${r.greet("you")} ${r.kind} ${r.getKind()}
            ${r?has_content?c} ${r?is_hash?c} ${r?is_string?c} ${(r.missing)!"-"} ${(r.parent??)?c} ${(r.parent.parent??)?c}
            <#list r?keys?sort as k>${k},</#list>
            ${helper.titleOf(r)} ${helper.titleOf(r.parent)}
            <#list r.tags as t>[${t}]</#list> ${r.title?length} ${r.meta?keys?join("/")}
            """;

    private static String render(ObjectWrapper wrapper) throws Exception {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setObjectWrapper(wrapper);
        Template t = new Template("t", TEMPLATE, cfg);
        Item parent = new Item("Parent", 1, false, List.of(), Map.of(), null);
        Item item = new Item("Item", 3, true, List.of("a", "b"), Map.of("k", "v"), parent);
        StringWriter out = new StringWriter();
        t.process(Map.of("r", item, "helper", new Helper()), out);
        return out.toString();
    }

    private static DefaultObjectWrapperBuilder builder() {
        DefaultObjectWrapperBuilder b = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        b.setRecordZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.PROPERTY_ONLY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        return b;
    }

    @Test
    void aTemplateSeesARecordExactlyAsTheBeanModelShowsIt() throws Exception {
        String fast = render(new RecordWrapper(builder()));
        assertThat(fast).isEqualTo(render(builder().build()));
        assertThat(fast).isEqualTo("""
                Item 3 true on 2 b v
                Parent none ITEM hello you from Item item item
                true true true - true false
                class,count,equals,flag,getClass,getKind,greet,hashCode,kind,meta,parent,shout,tags,title,toString,
                <Item> <Parent>
                [a][b] 4 k
                """);
    }

    @Test
    void onlyPublicRecordsAreReadDirectly() throws Exception {
        RecordWrapper wrapper = new RecordWrapper(builder());
        assertThat(wrapper.wrap(new Item("x", 0, false, List.of(), Map.of(), null)).getClass().getSimpleName()).isEqualTo("RecordModel");
        assertThat(wrapper.wrap(Optional.of("x")).getClass().getSimpleName()).isNotEqualTo("RecordModel");
    }
}
