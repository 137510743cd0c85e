package dev.athanor.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.dialect.Dialects;
import dev.athanor.migrate.runtime.MigrationOptions;
import dev.athanor.migrate.script.GeneratedRevision;
import dev.athanor.migrate.script.MultipleHeadsError;
import dev.athanor.migrate.script.RevisionMap;
import dev.athanor.migrate.script.Script;
import dev.athanor.migrate.script.ScriptDirectory;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code revision} and {@code merge} write Java sources that compile with javac and are found by
 * discovery, each following the head it was written after.
 */
class RevisionGenerationTest {
    private static final String PACKAGE = "generated.migrations";

    @TempDir
    Path work;

    @Test
    void generatedRevisionsAndTheirMergeCompileAndFormTheExpectedGraph() throws Exception {
        Path sources = work.resolve("src");
        MigrationCommands empty = commandsOver(ScriptDirectory.of(List.of()));
        GeneratedRevision root = empty.revision(sources, PACKAGE, "create \"users\" table", "head", null, List.of());
        assertThat(root.id()).matches("[0-9a-f]{12}");
        assertThat(root.className()).isEqualTo(PACKAGE + ".CreateUsersTable_" + root.id());

        MigrationCommands afterRoot = commandsOver(compileAndScan(sources));
        GeneratedRevision left = afterRoot.revision(sources, PACKAGE, "add email", "head", "accounts", List.of());
        GeneratedRevision right = afterRoot.revision(sources, PACKAGE, "add orders", root.id(), null,
                List.of("accounts"));

        ScriptDirectory twoHeads = compileAndScan(sources);
        assertThat(twoHeads.revisionMap().heads()).extracting(Script::id)
                .containsExactlyInAnyOrder(left.id(), right.id());
        assertThatThrownBy(() -> commandsOver(twoHeads).revision(sources, PACKAGE, "next", "head", null, List.of()))
                .isInstanceOf(MultipleHeadsError.class);

        GeneratedRevision merge = commandsOver(twoHeads).merge(sources, PACKAGE, List.of("heads"), "merge heads");
        RevisionMap merged = compileAndScan(sources).revisionMap();
        assertThat(merged.heads()).extracting(Script::id).containsExactly(merge.id());
        assertThat(merged.find(merge.id()).downRevisions()).containsExactlyInAnyOrder(left.id(), right.id());
        assertThat(merged.find(left.id()).branchLabels()).containsExactly("accounts");
        assertThat(merged.find(left.id()).downRevisions()).containsExactly(root.id());
        assertThat(merged.find(right.id()).dependsOn()).containsExactly("accounts");
        assertThat(merged.find(root.id()).message()).isEqualTo("create \"users\" table");
        assertThat(merged.find(root.id()).isBase()).isTrue();
    }

    private static MigrationCommands commandsOver(ScriptDirectory scripts) {
        return MigrationCommands.offline(Dialects.forScheme("h2"), scripts, MigrationOptions.defaults());
    }

    private ScriptDirectory compileAndScan(Path sources) throws Exception {
        return RevisionCompiler.compileAndScan(sources, work, PACKAGE);
    }
}
