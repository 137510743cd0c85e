package dev.athanor.migrate.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.Operations;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The revision graph, target resolution and plans on the test graph of
 * {@code dev.athanor.migrate.versions} (a1 → a2 → {b1 "feature", c1 depends on feature} → merge e1
 * → d1), answering as Alembic's {@code RevisionMap} does; no database.
 */
class RevisionMapTest {
    private static final String A1 = "aaaa00000001";
    private static final String A2 = "aaaa00000002";
    private static final String B1 = "bbbb00000001";
    private static final String C1 = "cccc00000001";
    private static final String E1 = "eeee00000001";
    private static final String D1 = "dddd00000001";

    private final RevisionMap map = ScriptDirectory.scan("dev.athanor.migrate.versions").revisionMap();
    private final RevisionResolver resolver = new RevisionResolver(map);

    @Test
    void discoveryFindsEveryRevisionAndTheGraphsShape() {
        assertThat(map.scripts()).extracting(Script::id).containsExactly(A1, A2, B1, C1, E1, D1);
        assertThat(map.heads()).extracting(Script::id).containsExactly(D1);
        assertThat(map.bases()).extracting(Script::id).containsExactly(A1);
        assertThat(map.branchPoints()).extracting(Script::id).containsExactly(A2);
        assertThat(map.find(E1).isMergePoint()).isTrue();
        assertThat(map.dependencies(C1)).containsExactly(B1);
        assertThat(map.ancestors(List.of(C1), false)).containsExactlyInAnyOrder(C1, A2, A1);
        assertThat(map.ancestors(List.of(C1), true)).containsExactlyInAnyOrder(C1, B1, A2, A1);
        assertThat(map.descendants(List.of(B1), false)).containsExactlyInAnyOrder(B1, E1, D1);
    }

    @Test
    void anExplicitListOfClassesGivesTheSameGraphAsTheScan() {
        RevisionMap listed = ScriptDirectory.of(List.of(dev.athanor.migrate.versions.CreateLog.class,
                dev.athanor.migrate.versions.MergeBAndC.class, dev.athanor.migrate.versions.CreateC.class,
                dev.athanor.migrate.versions.CreateFeatureB.class, dev.athanor.migrate.versions.CreateChild.class,
                dev.athanor.migrate.versions.CreateParent.class)).revisionMap();
        assertThat(listed.scripts()).extracting(Script::id).containsExactly(A1, A2, B1, C1, E1, D1);
    }

    @Test
    void namedTargetsResolveAsInAlembic() {
        assertThat(resolver.resolve("head", Set.of())).containsExactly(D1);
        assertThat(resolver.resolve("heads", Set.of())).containsExactly(D1);
        assertThat(resolver.resolve("base", Set.of(D1))).isEmpty();
        assertThat(resolver.resolve("bbbb", Set.of())).containsExactly(B1);
        assertThat(resolver.resolve("feature", Set.of())).containsExactly(B1);
        assertThat(resolver.resolve("feature@head", Set.of())).containsExactly(D1);
        assertThat(resolver.resolve("current", Set.of(B1, C1))).containsExactlyInAnyOrder(B1, C1);
    }

    @Test
    void relativeTargetsWalkFromTheCurrentRevision() {
        assertThat(resolver.resolve("+1", Set.of())).containsExactly(A1);
        assertThat(resolver.resolve("+2", Set.of())).containsExactly(A2);
        assertThat(resolver.resolve("-1", Set.of(A2))).containsExactly(A1);
        assertThat(resolver.resolve("-2", Set.of(A2))).isEmpty();
        assertThat(resolver.resolve("aaaa00000001@+1", Set.of())).containsExactly(A2);
        assertThat(resolver.resolve("feature@+1", Set.of(B1))).containsExactly(E1);
        assertThat(resolver.resolve("bbbb@-1", Set.of())).containsExactly(A2);
    }

    @Test
    void ambiguousOrImpossibleTargetsAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> resolver.resolve("aaaa", Set.of())).isInstanceOf(ResolutionError.class)
                .hasMessageContaining("ambiguous").hasMessageContaining(A1).hasMessageContaining(A2);
        assertThatThrownBy(() -> resolver.resolve(" ", Set.of())).isInstanceOf(ResolutionError.class)
                .hasMessageContaining("No target given");
        assertThatThrownBy(() -> resolver.resolve("zzzz", Set.of())).isInstanceOf(ResolutionError.class)
                .hasMessageContaining("No such revision or branch label 'zzzz'");
        assertThatThrownBy(() -> resolver.resolve("+3", Set.of())).isInstanceOf(ResolutionError.class)
                .hasMessageContaining("ambiguous at " + A2);
        assertThatThrownBy(() -> resolver.resolve("-3", Set.of(A2))).isInstanceOf(ResolutionError.class)
                .hasMessageContaining("below base");
        assertThatThrownBy(() -> resolver.resolve("-1", Set.of(E1))).isInstanceOf(ResolutionError.class)
                .hasMessageContaining("ambiguous at " + E1);
        assertThatThrownBy(() -> resolver.resolve("-1", Set.of(B1, C1))).isInstanceOf(MultipleHeadsError.class);
        assertThatThrownBy(() -> resolver.requireKnown(Set.of("ffffffffffff"))).isInstanceOf(ResolutionError.class)
                .hasMessageContaining("ffffffffffff").hasMessageContaining("stamp");
    }

    @Test
    void headIsRefusedWhenTheGraphHasTwoHeadsNamingTheWaysOut() {
        RevisionMap twoHeads = ScriptDirectory.of(List.of(Root.class, Left.class, Right.class)).revisionMap();
        assertThat(twoHeads.heads()).extracting(Script::id).containsExactly("000000000002", "000000000003");
        assertThatThrownBy(() -> new RevisionResolver(twoHeads).resolve("head", Set.of()))
                .isInstanceOf(MultipleHeadsError.class)
                .hasMessageContaining("'heads'").hasMessageContaining("@head")
                .hasMessageContaining("000000000002").hasMessageContaining("000000000003");
        assertThat(new RevisionResolver(twoHeads).resolve("heads", Set.of()))
                .containsExactlyInAnyOrder("000000000002", "000000000003");
    }

    @Test
    void upgradePlansApplyParentsAndDependenciesFirst() {
        assertThat(MigrationPlan.upgrade(map, Set.of(), Set.of(D1))).extracting(s -> s.script().id())
                .containsExactly(A1, A2, B1, C1, E1, D1);
        assertThat(MigrationPlan.upgrade(map, Set.of(B1), Set.of(D1))).extracting(s -> s.script().id())
                .containsExactly(C1, E1, D1);
        assertThat(MigrationPlan.upgrade(map, Set.of(), Set.of(C1))).extracting(s -> s.script().id())
                .containsExactly(A1, A2, B1, C1);
        assertThat(MigrationPlan.upgrade(map, Set.of(D1), Set.of(A2))).isEmpty();
    }

    @Test
    void downgradePlansRemoveChildrenAndDependentsFirst() {
        assertThat(MigrationPlan.downgrade(map, Set.of(D1), Set.of())).extracting(s -> s.script().id())
                .containsExactly(D1, E1, C1, B1, A2, A1);
        assertThat(MigrationPlan.downgrade(map, Set.of(D1), Set.of(A2))).extracting(s -> s.script().id())
                .containsExactly(D1, E1, C1, B1);
        assertThat(MigrationPlan.downgrade(map, Set.of(D1), Set.of(B1))).extracting(s -> s.script().id())
                .containsExactly(D1, E1);
        assertThat(MigrationPlan.downgrade(map, Set.of(B1, C1), Set.of(A1))).extracting(s -> s.script().id())
                .containsExactly(C1, B1, A2);
        assertThatThrownBy(() -> MigrationPlan.downgrade(map, Set.of(A1), Set.of(B1)))
                .isInstanceOf(ResolutionError.class).hasMessageContaining("not applied");
    }

    @Test
    void brokenGraphsAreReportedByName() {
        assertThatThrownBy(() -> ScriptDirectory.of(List.of(CycleOne.class, CycleTwo.class)))
                .isInstanceOf(RevisionError.class).hasMessageContaining("cycle")
                .hasMessageContaining("00000000c001").hasMessageContaining("00000000c002");
        assertThatThrownBy(() -> ScriptDirectory.of(List.of(Orphan.class)))
                .isInstanceOf(RevisionError.class).hasMessageContaining("0000000000aa")
                .hasMessageContaining("down revision 0000000000ff");
        assertThatThrownBy(() -> ScriptDirectory.of(List.of(Root.class, SameIdAsRoot.class)))
                .isInstanceOf(RevisionError.class).hasMessageContaining("000000000001 is used by both");
        assertThatThrownBy(() -> ScriptDirectory.of(List.of(String.class)))
                .isInstanceOf(RevisionError.class).hasMessageContaining("java.lang.String is not a revision");
    }

    abstract static class Empty implements Migration {
        @Override
        public void upgrade(Operations op) {
        }

        @Override
        public void downgrade(Operations op) {
        }
    }

    @Revision(id = "000000000001")
    static final class Root extends Empty {
    }

    @Revision(id = "000000000001")
    static final class SameIdAsRoot extends Empty {
    }

    @Revision(id = "000000000002", downRevision = "000000000001")
    static final class Left extends Empty {
    }

    @Revision(id = "000000000003", downRevision = "000000000001")
    static final class Right extends Empty {
    }

    @Revision(id = "00000000c001", downRevision = "00000000c002")
    static final class CycleOne extends Empty {
    }

    @Revision(id = "00000000c002", downRevision = "00000000c001")
    static final class CycleTwo extends Empty {
    }

    @Revision(id = "0000000000aa", downRevision = "0000000000ff")
    static final class Orphan extends Empty {
    }
}
