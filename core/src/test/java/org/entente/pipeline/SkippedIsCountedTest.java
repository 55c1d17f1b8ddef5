package org.entente.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * In a clone without ../shared, the tests that need it show as skipped, one by one, rather than
 * vanishing from the count ("Tests run: 0"), as they do when the assumption fails in @BeforeAll.
 * Runs those test classes with entente.shared pointing nowhere.
 */
class SkippedIsCountedTest {
    private static final List<String> NEED_SHARED = List.of("org.entente.pipeline.DevelopmentSetTest",
            "org.entente.eval.ScorerAgreementTest", "org.entente.ingest.DevelopmentCorpusIngestTest");

    @Test
    void testsThatNeedSharedAreReportedSkippedWithoutIt() {
        String before = System.getProperty("entente.shared");
        System.setProperty("entente.shared", "/nonexistent/entente-shared");
        try {
            Launcher launcher = LauncherFactory.create();
            for (String name : NEED_SHARED) {
                LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(name)).build();
                SummaryGeneratingListener listener = new SummaryGeneratingListener();
                launcher.execute(request, listener);
                TestExecutionSummary s = listener.getSummary();
                assertEquals(0, s.getContainersAbortedCount(), name + ": the class was aborted as a whole, hiding its tests");
                assertEquals(0, s.getTestsFailedCount(), name + ": failed without ../shared");
                assertTrue(s.getTestsAbortedCount() + s.getTestsSkippedCount() > 0, name + ": no test reported skipped");
                assertEquals(s.getTestsStartedCount(), s.getTestsAbortedCount(), name + ": every test it started needs ../shared");
            }
        } finally {
            if (before == null) {
                System.clearProperty("entente.shared");
            } else {
                System.setProperty("entente.shared", before);
            }
        }
    }
}
