package org.entente.actors.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.actors.ActorBase;
import org.entente.actors.ActorLinker;
import org.entente.actors.ActorMention;
import org.entente.text.Sentence;
import org.entente.text.SentenceSplitter;
import org.entente.text.Tokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Cost of actor linking and of loading the base. Not a test: run by hand, e.g.
 * {@code java -cp target/test-classes:target/classes:<test classpath> org.entente.actors.bench.LinkerBenchmark}
 * or through {@code org.openjdk.jmh.Main LinkerBenchmark -f 1 -wi 2 -i 3 -w 1s -r 1s}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class LinkerBenchmark {
    /** One role description with its apposed name, one known name, one state name. */
    static final String SENTENCE = "Le ministre kazakh des Affaires étrangères, Nurlan Fictivbekov, a rencontré "
            + "le président chinois Xi Jinping à Pékin pour parler de la coopération avec la Russie.";
    static final LocalDate DATE = LocalDate.of(2024, 5, 6);

    private ActorLinker linker;
    private List<Sentence> sentences;

    @Setup
    public void setUp() {
        linker = new ActorLinker(ActorBase.load());
        sentences = new SentenceSplitter(new Tokenizer()).split(SENTENCE);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<ActorMention> linkSentence() {
        return linker.link(sentences, DATE);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, batchSize = 1)
    @Measurement(iterations = 5, batchSize = 1)
    public ActorBase loadBase() {
        return ActorBase.load();
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(LinkerBenchmark.class.getName()).build()).run();
    }
}
