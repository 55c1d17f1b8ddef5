package org.entente.events;

import org.entente.actors.ActorMention;
import org.entente.ingest.Article;
import org.entente.text.LemmatizedSentence;
import org.entente.text.ParsedSentence;
import org.entente.time.PublicationDate;
import org.entente.time.TimeExpression;

import java.util.List;
import java.util.Map;

/**
 * Everything the earlier stages found in one article: what event extraction reads.
 *
 * @param article   the cleaned article
 * @param published its publication date, or null when none was found
 * @param sentences its sentences with lemmas
 * @param mentions  actor mentions, in text order (sentence by sentence)
 * @param times     time expressions by sentence index
 * @param hits      first-pass rule hits by sentence index (only sentences with a trigger)
 * @param parses    parser output for the sentences the first pass selected, by sentence index
 */
public record ArticleFacts(Article article, PublicationDate published, List<LemmatizedSentence> sentences,
                           List<ActorMention> mentions, Map<Integer, List<TimeExpression>> times,
                           Map<Integer, List<RuleHit>> hits, Map<Integer, ParsedSentence> parses) {
    public ArticleFacts {
        sentences = List.copyOf(sentences);
        mentions = mentions.stream().sorted(java.util.Comparator.comparingInt(ActorMention::sentence)
                .thenComparingInt(m -> m.span().start())).toList();
        times = Map.copyOf(times);
        hits = Map.copyOf(hits);
        parses = Map.copyOf(parses);
    }

    /** Mentions are in text order, so those of one sentence are found by binary search, not a scan. */
    public List<ActorMention> mentionsIn(int sentence) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).sentence() < sentence) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < mentions.size() && mentions.get(end).sentence() == sentence) {
            end++;
        }
        return mentions.subList(lo, end);
    }

    public List<TimeExpression> timesIn(int sentence) {
        return times.getOrDefault(sentence, List.of());
    }
}
