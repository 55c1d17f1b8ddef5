package org.entente.events;

import org.entente.actors.ActorKind;
import org.entente.actors.ActorMention;
import org.entente.actors.MentionKind;
import org.entente.text.LemmatizedSentence;
import org.entente.text.Sentence;
import org.entente.text.Span;
import org.entente.text.Token;
import org.entente.time.DateResolution;
import org.entente.time.TimeExpression;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns one article's facts into events: for each sentence the first pass flagged, the rule hits
 * give types; actor mentions give countries and participants; time expressions give dates. What
 * a sentence leaves open (the second country of "il l'a rencontré à Astana", the date of "lors de
 * cette visite") is taken from the article's context. Reports of one event within the article are
 * then merged by the merge stage.
 */
public final class EventExtractor {
    /**
     * How many sentences before a trigger's the extraction reads the time expressions of (the day
     * an undated event took place may be told there); the pipeline tags those and no others.
     */
    public static final int SENTENCES_DATED_BEFORE = NarratedDay.SENTENCES_READ;

    private final Modality modality;
    private final DateResolution dates = new DateResolution();
    private final DyadCues cues = DyadCues.load();
    private final StoryTime storyTime = StoryTime.load();
    private final PlaceCues placeCues = PlaceCues.load();
    private final Words words = Words.load();
    private final DateCues dateCues = DateCues.load();
    private final Direction direction = Direction.load();
    private final ReportedSpeech reported = new ReportedSpeech(words);
    private final Admission admission = new Admission(words, reported);
    private final Parties partyCues = new Parties(words, placeCues);
    private final Keys keys = new Keys(words);
    private final Forums forumCues = new Forums(words);
    private final Antecedents antecedents = new Antecedents(words);
    private final TriggerTime triggerTime = new TriggerTime(words, dates);
    private final java.util.function.Function<String, List<String>> forumMembers;

    /**
     * @param forumMembers member states (ISO alpha-3) of an organisation id, for summits; empty if unknown
     */
    public EventExtractor(Modality modality, java.util.function.Function<String, List<String>> forumMembers) {
        this.modality = modality;
        this.forumMembers = forumMembers;
    }

    public List<Event> extract(ArticleFacts facts) {
        ArticleContext ctx = new ArticleContext(facts, forumMembers, words);
        List<Event> out = new ArrayList<>();
        for (LemmatizedSentence ls : facts.sentences()) {
            int si = ls.sentence().index();
            List<RuleHit> hits = facts.hits().getOrDefault(si, List.of());
            if (!hits.isEmpty()) {
                List<Event> found = fromSentence(facts, ctx, ls, hits);
                for (Event e : found) {
                    ctx.met(e);
                    if (!e.type().isStatement() && e.date() != null && e.date().length() == 10) {
                        ctx.lastStatedDay = java.time.LocalDate.parse(e.date());
                    }
                    if ((e.type() == EventType.COMMIT || e.type() == EventType.SUPPORT) && e.target() != null) {
                        ctx.lastRecipient = e.target().country();
                        ctx.lastRecipientSentence = si;
                    }
                }
                out.addAll(found);
            }
            ctx.afterSentence(si);
        }
        return Implied.add(ContextFill.withContextPlaces(ContextFill.withContextDates(out, ctx)), facts);
    }

    private List<Event> fromSentence(ArticleFacts facts, ArticleContext ctx, LemmatizedSentence ls, List<RuleHit> hits) {
        Sentence s = ls.sentence();
        Set<EventType> blocked = new java.util.HashSet<>();
        for (RuleHit h : hits) {
            if (h.kind() == Rule.Kind.BLOCK) {
                blocked.add(h.type());
            }
        }
        Map<EventType, List<RuleHit>> triggers = new LinkedHashMap<>();
        Map<EventType, List<RuleHit>> objects = new LinkedHashMap<>();
        for (RuleHit h : hits) {
            if (blocked.contains(h.type()) || modality.isNegated(ls, h.first(), h.last()) || modality.isUnreal(ls, h.first())) {
                continue;
            }
            (h.kind() == Rule.Kind.OBJECT ? objects : h.kind() == Rule.Kind.TRIGGER ? triggers : new LinkedHashMap<EventType, List<RuleHit>>())
                    .computeIfAbsent(h.type(), k -> new ArrayList<>()).add(h);
        }
        List<ActorMention> mentions = facts.mentionsIn(s.index());
        List<TimeExpression> times = facts.timesIn(s.index());
        List<Event> out = new ArrayList<>();
        if (!triggers.containsKey(EventType.COMMIT) && objects.getOrDefault(EventType.COMMIT, List.of()).stream()
                .anyMatch(o -> ls.forms().get(o.first()).isFutureOrConditional())) {
            // "Les deux pays rouvriront leurs ambassades": the verb of the object commits by itself.
            triggers.put(EventType.COMMIT, objects.get(EventType.COMMIT));
        }
        for (Map.Entry<EventType, List<RuleHit>> e : triggers.entrySet()) {
            EventType type = e.getKey();
            List<RuleHit> th = e.getValue();
            switch (type) {
                case MEET -> meetings(facts, ctx, ls, th, mentions, times, out);
                case VISIT -> visits(facts, ctx, ls, th, mentions, times, out);
                case CALL, SIGN -> {
                    RuleHit h = told(ls, th).get(0); // "se rendra", "devrait signer": kept apart as a plan
                    String status = statusOf(ls, h);
                    List<DatedList.Item> items = type == EventType.SIGN
                            ? DatedList.after(ls, h, mentions, times, ls.sentence().span().end()) : List.of();
                    if (type == EventType.SIGN && items.isEmpty() && triggerTime.concludedWithoutYear(ls, h, times)) {
                        continue; // "l'accord conclu avec les Emirats": an agreement referred to, not a signing told
                    }
                    RuleHit listed = items.isEmpty() ? null : DatedList.ownTrigger(th, items);
                    if (listed != null && listed != h) {
                        // "la signature de ce pacte ferait ..., après les traités conclus avec le Pérou
                        // (1998) et la Bolivie (2004)": the list is the later trigger's, past
                        // treaties of the sentence's subject; the first trigger keeps its own words.
                        ActorMention subject = DatedList.subject(ls, mentions);
                        if (subject != null && items.stream().noneMatch(i -> i.state().country().equals(subject.country()))) {
                            for (DatedList.Item item : items) {
                                add(out, DatedList.signing(facts.article().id(), ls, listed, item, subject));
                            }
                            int until = ls.tokens().get(listed.first()).start();
                            items = List.of();
                            mentions = mentions.stream().filter(m -> m.span().start() < until).toList();
                            times = times.stream().filter(t -> t.span().start() < until).toList();
                        }
                    }
                    if (!items.isEmpty()) {
                        for (DatedList.Item item : items) {
                            add(out, build(facts, ctx, ls, type, h, DatedList.withOnly(mentions, items, item),
                                    List.of(item.year()), null, null, null, status));
                        }
                        continue;
                    }
                    if (modality.isAnnounced(ls, h.first())) {
                        status = Event.ANNOUNCED;
                    }
                    for (String place : places(ls, mentions, h, type)) {
                        Event told = build(facts, ctx, ls, type, h, mentions, times, place, null, null, status);
                        if (told != null) {
                            // "..., suivi par la Bolivie en 2004": the followers' acts are their own.
                            out.addAll(Followers.split(told, ls, h, mentions, times, words));
                        }
                    }
                }
                case COMMIT, SUPPORT -> {
                    List<RuleHit> obj = objects.getOrDefault(type, List.of());
                    Set<String> keys = new LinkedHashSet<>();
                    for (RuleHit o : obj) {
                        String key = type == EventType.SUPPORT ? Keys.supportKey(o, mentions, ls) : o.key();
                        if (keys.add(key == null ? "" : key)) {
                            add(out, build(facts, ctx, ls, type, o, mentions, times, null, key, Keys.what(ls, o)));
                            if (type == EventType.SUPPORT) {
                                break; // one support statement per sentence: its objects are one stance
                            }
                        }
                    }
                }
                case RELATION -> relations(facts, ctx, ls, th, mentions, times, out);
                case SANCTION -> {
                    // "le retrait des Etats-Unis de l'accord et le rétablissement de sanctions": measures
                    // of different kinds in one sentence are distinct measures.
                    Set<String> kinds = new java.util.HashSet<>();
                    for (RuleHit h : told(ls, th)) {
                        if (kinds.add(keys.sanctionKind(ls, h))) {
                            add(out, build(facts, ctx, ls, type, h, mentions, times, null, keys.sanctionKey(ls, h),
                                    Keys.what(ls, h), statusOf(ls, h)));
                        }
                    }
                }
                default -> throw new IllegalStateException(type.toString());
            }
        }
        return out;
    }

    /** One visit more for each further stop of the trip ("en Corée du Sud et en Inde"): one VISIT per host state. */
    private void furtherStops(ArticleFacts facts, LemmatizedSentence ls, RuleHit h, List<ActorMention> mentions,
                              List<TimeExpression> times, Event visit, List<Event> out) {
        String visitor = visit.source() != null ? visit.source().country() : null;
        if (visitor == null) {
            return;
        }
        for (ActorMention stop : Visits.furtherStops(mentions, visit.target().country(), h, ls,
                nextTrigger(facts, ls, h, EventType.VISIT), placeCues, times)) {
            if (stop.country().equals(visitor)) {
                continue;
            }
            List<Participant> visitors = visit.participants().stream().filter(p -> visitor.equals(p.country())).toList();
            String place = stop.kind() == MentionKind.PLACE ? stop.actor().name() : null;
            add(out, new Event(visit.id() + "-" + stop.country().toLowerCase(java.util.Locale.ROOT), EventType.VISIT,
                    visit.date(), visit.dateSource(), place, visitors, List.copyOf(new TreeSet<>(List.of(visitor, stop.country()))),
                    null, null, visit.status(), visit.mentions(), visit.confidence() - 0.1, visit.source(),
                    Party.state(stop.country())));
        }
    }

    /**
     * "sa première tournée à l'étranger depuis sa visite à Lima le 12 mai": each visit
     * trigger with its own destination and date is a trip. A trip abroad that names no destination
     * ("à l'étranger") has no place or date of the next trip's words.
     */
    private void visits(ArticleFacts facts, ArticleContext ctx, LemmatizedSentence ls, List<RuleHit> th,
                        List<ActorMention> mentions, List<TimeExpression> times, List<Event> out) {
        int end = -1;
        for (RuleHit h : told(ls, th)) {
            if (h.first() <= end) {
                continue;
            }
            end = h.last();
            String status = statusOf(ls, h);
            if (modality.isAnnounced(ls, h.first())) {
                status = Event.ANNOUNCED;
            }
            boolean abroad = Visits.abroad(ls, h, words);
            int limit = nextTrigger(facts, ls, h, EventType.VISIT);
            List<ActorMention> own = abroad ? mentions.stream().filter(m -> m.span().start() < limit).toList() : mentions;
            List<TimeExpression> ownTimes = abroad ? times.stream().filter(t -> t.span().start() < limit).toList() : times;
            List<String> places = abroad ? java.util.Collections.singletonList(null) : places(ls, mentions, h, EventType.VISIT);
            for (String place : places) {
                Event visit = build(facts, ctx, ls, EventType.VISIT, h, own, ownTimes, place, null, null, status);
                add(out, visit);
                if (visit != null && visit.target() != null) {
                    furtherStops(facts, ls, h, mentions, times, visit, out);
                    earlierTrip(ls, h, mentions, visit, out);
                }
            }
        }
    }

    /**
     * "sa deuxième visite à l'étranger, après le Pérou": the trip before this one, by the same
     * visitor, undated (the sentence's dates are this trip's).
     */
    private void earlierTrip(LemmatizedSentence ls, RuleHit h, List<ActorMention> mentions, Event visit, List<Event> out) {
        ActorMention before = Visits.earlierTrip(ls, h, mentions, words);
        String visitor = visit.source() != null ? visit.source().country() : null;
        if (before == null || visitor == null || before.country().equals(visitor) || !visit.happened()) {
            return;
        }
        List<Participant> visitors = visit.participants().stream().filter(p -> visitor.equals(p.country())).toList();
        add(out, new Event(visit.id() + "-before-" + before.country().toLowerCase(java.util.Locale.ROOT), EventType.VISIT,
                null, null, null, visitors, List.copyOf(new TreeSet<>(List.of(visitor, before.country()))), null, null,
                visit.status(), visit.mentions(), visit.confidence() - 0.1, visit.source(), Party.state(before.country())));
    }

    private void meetings(ArticleFacts facts, ArticleContext ctx, LemmatizedSentence ls, List<RuleHit> hits,
                          List<ActorMention> mentions, List<TimeExpression> times, List<Event> out) {
        boolean allPlanned = hits.stream().allMatch(h -> modality.isPlanned(ls, h.first(), h.last()));
        String status = allPlanned ? Event.PLANNED : Event.HAPPENED;
        if (hits.stream().allMatch(h -> modality.isAnnounced(ls, h.first()))) {
            status = Event.ANNOUNCED;
        }
        RuleHit bilateral = null;
        Map<String, RuleHit> forums = new LinkedHashMap<>();
        for (RuleHit h : hits) {
            if (!allPlanned && modality.isPlanned(ls, h.first(), h.last())) {
                continue;
            }
            String forum = forumCues.forum(ls, mentions, h);
            if (h.first() == h.last() && words.is("FORUM", ls.forms().get(h.first()).lemmas().iterator().next())
                    && (!forumCues.namesItsForumOrCity(ls, mentions, h, forum)
                    || hits.stream().anyMatch(o -> o != h && o.first() <= h.first() && h.last() <= o.last()))) {
                // "le sommet", "une réunion" alone: which, and whether it met, is not told; inside
                // a longer match ("doit présider un sommet") the longer one tells.
                continue;
            }
            if (forum != null) {
                forums.putIfAbsent(forum, h);
            } else if (bilateral == null) {
                bilateral = h;
            }
        }
        if (bilateral != null) {
            // "se sont rencontrés en marge du sommet": the summit only places the bilateral meeting.
            forums.values().removeIf(f -> words.is("SIDELINE", ls.tokens().get(f.first()).norm()));
            for (String place : places(ls, mentions, bilateral, EventType.MEET)) {
                add(out, build(facts, ctx, ls, EventType.MEET, bilateral, mentions, times, place, null, null, status));
            }
        }
        for (Map.Entry<String, RuleHit> f : forums.entrySet()) {
            List<String> places = places(ls, mentions, f.getValue(), EventType.MEET);
            add(out, build(facts, ctx, ls, EventType.MEET, f.getValue(), mentions, times, places.get(0), Keys.forumKey(f.getKey()),
                    null, status));
        }
    }



    private void relations(ArticleFacts facts, ArticleContext ctx, LemmatizedSentence ls, List<RuleHit> hits,
                           List<ActorMention> mentions, List<TimeExpression> times, List<Event> out) {
        // "à établir des liens avec le Chili après les traités conclus avec le Pérou (1998) et la
        // Bolivie (2004)": a list after a signing is the signing's.
        int signing = nextTrigger(facts, ls, hits.get(0), EventType.SIGN);
        List<DatedList.Item> items = DatedList.after(ls, hits.get(0), mentions, times, signing);
        if (signing < ls.sentence().span().end()) {
            int from = signing;
            times = times.stream().filter(t -> t.span().start() < from).toList(); // the signing's years
        }
        if (!items.isEmpty()) {
            // "établir des liens diplomatiques avec Israël, après la Jordanie (1994) et l'Egypte (1979)"
            for (DatedList.Item item : items) {
                add(out, build(facts, ctx, ls, EventType.RELATION, hits.get(0), DatedList.withOnly(mentions, items, item),
                        List.of(item.year()), null, keys.relationKey(ls, hits.get(0)), Keys.what(ls, hits.get(0))));
            }
            return;
        }
        if (times.isEmpty()) {
            undatedRelation(facts, ctx, ls, hits, mentions, out);
            return;
        }
        // "passant à un partenariat stratégique en 2005, puis à un partenariat global en 2011":
        // each level with the year that follows it.
        Set<String> seen = new LinkedHashSet<>();
        for (RuleHit h : hits) {
            Token end = ls.tokens().get(h.last());
            TimeExpression governing = dates.governing(ls.sentence(), times, ls.tokens().get(h.first()).start()).orElse(null);
            // A day or month governs the clause ("ont annoncé vendredi le rétablissement de leurs relations,
            // rompues en 2016"); years in a list belong each to the level before them.
            boolean precise = governing != null && governing.value() != null && governing.value().length() >= 7;
            TimeExpression t = precise ? governing : times.stream().filter(x -> x.span().start() >= end.end())
                    .min(Comparator.comparingInt(x -> x.span().start() - end.end()))
                    .orElse(times.stream().min(Comparator.comparingInt(x -> Math.abs(x.span().start() - end.end()))).orElseThrow());
            String key = t.span().start() + ":" + t.value();
            if (seen.add(key)) {
                // "une coopération qui normalisera les relations": a dated sentence does not make
                // a future relation a past one.
                Event ev = build(facts, ctx, ls, EventType.RELATION, h, mentions, List.of(t), null, keys.relationKey(ls, h),
                        Keys.what(ls, h), modality.isPlanned(ls, h.first(), h.last(), true) ? Event.PLANNED : Event.HAPPENED);
                add(out, ev);
            }
        }
    }

    /**
     * An undated mention of relations is background ("l'établissement des relations
     * diplomatiques"), unless a verb states the act as the story's news ("Les deux pays ont convenu
     * de rétablir leurs relations diplomatiques", "Le traité élève les relations au rang de
     * partenariat stratégique"): that act is dated by the story.
     */
    private void undatedRelation(ArticleFacts facts, ArticleContext ctx, LemmatizedSentence ls, List<RuleHit> hits,
                                 List<ActorMention> mentions, List<Event> out) {
        String day = ctx.lastStatedDay != null ? ctx.lastStatedDay.toString() : ctx.publicationDate();
        if (day == null) {
            return;
        }
        for (RuleHit h : hits) {
            if (statesAnAct(ls, h) && !modality.isPlanned(ls, h.first(), h.last())) {
                Event e = build(facts, ctx, ls, EventType.RELATION, h, mentions, List.of(), null, keys.relationKey(ls, h), Keys.what(ls, h));
                if (e != null) {
                    out.add(e.withDate(day, "context"));
                }
                return;
            }
        }
    }

    /**
     * The hit opens with a verb, not the noun of the same spelling (no determiner right before it:
     * "la reprise"), and is about an act that is news by itself (words.tsv ACT_RELATION):
     * "ont établi un partenariat" without a date is how officials describe the relationship.
     */
    private boolean statesAnAct(LemmatizedSentence ls, RuleHit h) {
        int i = h.first();
        boolean verb = ls.forms().get(i).canBeVerb();
        if (!verb || (i > 0 && words.is("DETERMINER", ls.tokens().get(i - 1).norm()))) {
            return false;
        }
        for (int j = h.first(); j <= h.last(); j++) {
            if (words.prefixOf("ACT_RELATION", ls.tokens().get(j).norm()) != null) {
                return true;
            }
        }
        return false;
    }

    /** The hits that tell of something done; when none does, the first alone, which tells of a plan. */
    private List<RuleHit> told(LemmatizedSentence ls, List<RuleHit> hits) {
        List<RuleHit> done = hits.stream().filter(h -> !modality.isPlanned(ls, h.first(), h.last())).toList();
        return done.isEmpty() ? List.of(hits.get(0)) : done;
    }

    private String statusOf(LemmatizedSentence ls, RuleHit h) {
        return modality.isPlanned(ls, h.first(), h.last()) ? Event.PLANNED : Event.HAPPENED;
    }

    /**
     * Places of a meeting or visit in the sentence: usually one; several when the sentence lists
     * distinct occasions ("à Lima et à Quito respectivement"), which are distinct events.
     */
    private List<String> places(LemmatizedSentence ls, List<ActorMention> mentions, RuleHit h, EventType type) {
        List<String> names = new ArrayList<>();
        for (ActorMention m : mentions) {
            if (m.kind() == MentionKind.PLACE && m.actor() != null && m.actor().kind() == ActorKind.PLACE
                    && placeCues.isWhereItHappened(ls, m.span()) && !names.contains(m.actor().name())) {
                names.add(m.actor().name());
            }
            String seat = m.kind() == MentionKind.METONYM ? placeCues.seatCity(ls, m.span(), m.surface()) : null;
            if (seat != null && !names.contains(seat)) {
                names.add(seat);
            }
        }
        if (names.isEmpty()) {
            List<String> none = new ArrayList<>();
            none.add(null);
            return none;
        }
        boolean distinct = ls.tokens().stream().anyMatch(t -> words.is("DISTRIBUTIVE", t.norm()));
        return distinct ? names : List.of(names.get(0));
    }

    private Event build(ArticleFacts facts, ArticleContext ctx, LemmatizedSentence ls, EventType type, RuleHit h,
                        List<ActorMention> mentions, List<TimeExpression> times, String place, String key, String what) {
        return build(facts, ctx, ls, type, h, mentions, times, place, key, what, Event.HAPPENED);
    }

    private Event build(ArticleFacts facts, ArticleContext ctx, LemmatizedSentence ls, EventType type, RuleHit h,
                        List<ActorMention> mentions, List<TimeExpression> times, String place, String key, String what,
                        String status) {
        boolean planned = Event.PLANNED.equals(status) || Event.ANNOUNCED.equals(status);
        Sentence s = ls.sentence();
        List<ActorMention> source = List.of();
        if (type.isStatement()) {
            List<ActorMention> all = mentions;
            mentions = reported.withoutSource(ls, h, mentions);
            List<ActorMention> kept = mentions;
            source = all.stream().filter(m -> !kept.contains(m)).toList();
        }
        Set<String> countries = new TreeSet<>();
        // States the sentence names only as where it happened or what was talked about: no fill
        // from the article's context brings them back as sides.
        Set<String> notParties = new TreeSet<>();
        source.stream().map(ActorMention::country).filter(java.util.Objects::nonNull).forEach(notParties::add);
        List<Participant> people = new ArrayList<>();
        var parse = facts.parses().get(s.index());
        Clause clause = parse == null ? null
                : Clause.of(parse, new Span(ls.tokens().get(h.first()).start(), ls.tokens().get(h.last()).end()));
        for (ActorMention m : mentions) {
            if (m.country() != null && m.kind() != MentionKind.ORGANISATION) {
                (partyCues.onlyWhere(type, ls, m) || partyCues.onlyTopic(type, ls, h, m, mentions) ? notParties : countries).add(m.country());
            }
            // A person named in another clause ("Y, qui avait rencontré X la veille, a déclaré")
            // is not a participant; the states stay, for the parse often cuts a party's clause.
            if (m.actor() != null && m.actor().kind() == ActorKind.PERSON && (clause == null || clause.covers(m.span()))
                    && people.stream().noneMatch(p -> p.name().equals(m.actor().name()))) {
                people.add(new Participant(m.actor().name(), m.actor().id(), m.country(), m.role() == null ? null : m.role().name()));
            }
        }
        // "Ce dernier a exhorté": the person the previous sentence named last, else the last speaker.
        Participant antecedent = antecedents.opensWithAnaphor(ls) && ctx.lastNamed != null ? ctx.lastNamed : ctx.lastSubject;
        int pronoun = antecedents.referringPronoun(ls);
        // "Prise par les rebelles, elle est aujourd'hui tenue par des séparatistes qui ont signé
        // un accord": a pronoun outside the trigger's parsed clause is not who acts in it.
        // An inverted "a-t-il dit" is the reporting speaker, who acts in what he reports.
        boolean pronounActs = pronoun >= 0 && (clause == null || pronoun == 0
                || "-".equals(ls.tokens().get(pronoun - 1).norm())
                || clause.covers(new Span(ls.tokens().get(pronoun).start(), ls.tokens().get(pronoun).end())));
        boolean backReference = (pronounActs || antecedents.possessed(ls, h, mentions) || antecedents.opensWithAnaphor(ls)) && antecedent != null;
        if (backReference && people.stream().noneMatch(p -> p.name().equals(antecedent.name()))) {
            people.add(0, antecedent);
            if (antecedent.country() != null) {
                countries.add(antecedent.country());
            }
        }
        ActorMention named = backReference ? null : antecedents.inSentence(ls, mentions, h.first());
        if (named != null) {
            // "Selon l'agenda du président X, ce dernier n'a eu qu'une rencontre, avec Y": X acts,
            // though the parse puts him in another clause.
            backReference = true;
            countries.add(named.country());
            if (people.stream().noneMatch(p -> p.name().equals(named.actor().name()))) {
                people.add(0, new Participant(named.actor().name(), named.actor().id(), named.country(), named.role().name()));
            }
        }
        String forum = Keys.forum(key);
        if (forum != null) {
            countries.addAll(ctx.members(forum));
        }
        if (type == EventType.SANCTION) {
            // "exclu en 2014 du G8": an exclusion or suspension from a forum is a measure of its members.
            Parties.excludingForum(ls, h, mentions).ifPresent(org -> countries.addAll(ctx.members(org)));
        }
        // "Igor et Grichka B. étaient ... après leur rencontre avec": "leur" is theirs, not the story's two states'.
        boolean parties = cues.refersToTheParties(ls) && !antecedents.ownedByUnknownName(ls, h, mentions);
        boolean multilateral = forum != null
                || type == EventType.SANCTION && Parties.excludingForum(ls, h, mentions).isPresent();
        // A summit of an organisation with members ("le G7", "l'Union"), not a bare "sommet".
        boolean ofMembers = forum != null && !ctx.members(forum).isEmpty();
        if (!admission.admits(type, ls, h, mentions, parties, backReference, multilateral, ofMembers, clause)) {
            // No one acting for a state around the trigger ("le Croissant-Rouge turc", "des
            // Bahreïnis", a private person), or a meeting with only one side.
            return null;
        }
        if (countries.isEmpty() && !parties) {
            return null; // names no state and does not point at the story's two: not about relations
        }
        if (parties) {
            // "Les deux dirigeants ont évoqué la guerre en Ukraine": the two are the story's states,
            // whatever else the sentence names.
            countries.addAll(ctx.dyad());
        }
        // A state's official with an organisation's head is a meeting or call of its own: the
        // article's other state is no side of it.
        boolean withOrganisation = type != EventType.VISIT && !type.isStatement()
                && mentions.stream().anyMatch(m -> Admission.headOfOrganisation(m) && (clause == null || clause.covers(m.span())));
        if (type == EventType.COMMIT && countries.size() < 2 && java.util.stream.IntStream.rangeClosed(h.first(), h.last())
                .anyMatch(i -> ls.forms().get(i).lemmas().stream().anyMatch(l -> words.is("DEPLOYMENT", l)))) {
            // "L'Inde a renforcé le déploiement de troupes dans cette zone disputée": troops go
            // to a state the sentence names, or to no other state; the story's other state is
            // no destination of them.
            return null;
        }
        String recipient = type == EventType.COMMIT || type == EventType.SUPPORT ? ctx.recentRecipient(s.index()) : null;
        if (recipient != null && countries.size() == 1 && !notParties.contains(recipient)) {
            countries.add(recipient);
        }
        for (String c : ctx.dyad()) {
            if (countries.size() >= 2 || withOrganisation && !countries.isEmpty()) {
                break;
            }
            if (!notParties.contains(c) || countries.contains(c)) {
                countries.add(c);
            }
        }
        if (forum == null) {
            partyCues.between(ls, h, mentions).filter(countries::containsAll).ifPresent(countries::retainAll);
        }
        if (countries.size() < 2 && !withOrganisation) {
            return null; // a domestic event: not a relation between states
        }
        Modality.Mood mood = clause != null && !planned && !type.isStatement() ? modality.governingMood(ls, h, clause) : null;
        if (mood == Modality.Mood.UNREAL) {
            return null; // "veut éviter de croiser le roi pendant son séjour"
        }
        if (mood == Modality.Mood.WISH) {
            status = Event.PLANNED;
            planned = true;
        }
        if (clause != null && !planned && !type.isStatement() && Modality.governedByFuture(ls, h, clause)) {
            // "Il s'envolera ensuite pour Berlin, pour une rencontre avec", "Cette visite
            // interviendra alors que": the verb that governs the trigger tells it is to come.
            status = Event.PLANNED;
            planned = true;
        }
        if (type == EventType.COMMIT && partyCues.domestic(ls, h, mentions, people)) {
            return null; // "le déploiement de soldats à Washington" by the American president: at home
        }
        boolean abroad = type == EventType.VISIT && Visits.abroad(ls, h, words);
        String visited = type != EventType.VISIT ? null : abroad
                ? ctx.hostOfTripAbroad(Visits.abroadVisitor(people, mentions, h, ls))
                : Visits.destination(mentions, h, ls, nextTrigger(facts, ls, h, h.type()), placeCues);
        if (abroad && visited != null) {
            countries.add(visited); // the story's other state, which the sentence may not name
        }
        if (type == EventType.VISIT && !Visits.travelsAbroad(visited, mentions, people)) {
            return null; // a visit at home, or to nowhere the sentence names: not a state visit
        }
        if (!type.isStatement()) {
            // Another stop of the tour ("Après Lima, elle s'est rendue à Quito où elle a
            // rencontré") and, for a visit, another trip's destination ("Avant de se rendre à
            // Hambourg, il avait débuté son périple en Pologne") are no sides of this event.
            for (ActorMention m : mentions) {
                boolean elsewhere = placeCues.isAnotherStop(ls, m.span())
                        || type == EventType.VISIT && (m.kind() == MentionKind.PLACE || m.kind() == MentionKind.STATE_NAME)
                        && placeCues.isWhereItHappened(ls, m.span());
                if (elsewhere && m.country() != null && !m.country().equals(visited)
                        && people.stream().noneMatch(p -> m.country().equals(p.country()))) {
                    countries.remove(m.country());
                }
            }
        }
        if (type == EventType.VISIT) {
            people = Visits.visitors(people, visited, mentions, h, ls);
        }
        Participant visitor = people.stream().filter(p -> p.country() != null && !p.country().equals(visited))
                .findFirst().orElse(null);
        if (type == EventType.VISIT && visited != null && visitor != null && countries.contains(visited)) {
            // A visit is between the visitor's state and the host's: a state the sentence names
            // otherwise ("pour parler de la Bolivie", "après l'Equateur") is
            // no side of it, unless someone of it took part.
            Set<String> sides = new HashSet<>(Set.of(visited));
            people.forEach(p -> sides.add(p.country()));
            countries.retainAll(sides);
        }
        Direction.Sides sides = direction.of(type, ls, h, mentions, List.copyOf(countries), visitor, visited);
        String date = null;
        String dateSource = null;
        TimeExpression t = triggerTime.governing(dateCues.dating(ls, times, type, h, facts.hits().getOrDefault(s.index(), List.of())), ls, h);
        if (t != null && t.value() != null && !type.isStatement() && !planned && triggerTime.afterPublication(t.value(), facts)) {
            Span trigger = new Span(ls.tokens().get(h.first()).start(), ls.tokens().get(h.last()).end());
            if (clause != null && clause.predicateWithin(trigger) && clause.covers(t.span())
                    && t.granularity() == org.entente.time.Granularity.DAY) {
                // "Il repart en tournée, en s'envolant mardi", written on a Monday: a day after
                // publication that dates the trigger's own verb tells of a plan.
                status = Event.PLANNED;
                planned = true;
            } else {
                t = null; // something that happened cannot be dated after the article: the date governs another clause
            }
        }
        if (t != null && type == EventType.COMMIT && !triggerTime.closeAfter(ls, h, t)) {
            t = null; // a list of commitments: "en 2025" dates the one it follows, not every one
        }
        Integer storyOffset = t == null && !type.isStatement() ? storyTime.offset(ls) : null;
        if (t != null && t.value() != null) {
            date = t.value();
            // Resolved against a publication date other articles gave: say so.
            dateSource = t.relative() && facts.published() != null && "inferred".equals(facts.published().provenance())
                    ? "inferred" : "text";
        } else if (storyOffset != null && ctx.lastStatedDay != null) {
            date = ctx.lastStatedDay.plusDays(storyOffset).toString();
            dateSource = "text";
        } else if (!type.isStatement() && t == null && !planned) {
            date = NarratedDay.of(facts, storyTime, words, s.index(), people);
            // "context": filled in once the whole article is read; "cette discussion" points back
            // at a happening already told, however long ago it was.
            dateSource = date != null ? "text" : triggerTime.pointsBack(ls, h) ? ContextFill.ANAPHORIC : "context";
        }
        if (place == null && type == EventType.VISIT) {
            place = ctx.cityIn(visited);
        }
        Span trigger = new Span(ls.tokens().get(h.first()).start(), ls.tokens().get(h.last()).end());
        EventMention mention = new EventMention(facts.article().id(), s.index(), s.span(), s.text(), trigger);
        String id = facts.article().id() + "#" + s.index() + "-" + type.name().toLowerCase() + "-" + trigger.start();
        double confidence = type.isStatement() ? 0.6 : 0.7;
        return new Event(id, type, date, dateSource, place, people, List.copyOf(countries), what, key, status,
                List.of(mention), confidence, sides.source(), sides.target());
    }

    /** Where the sentence's next trigger of the hit's type starts (its arguments are its own), or the sentence's end. */
    private static int nextTrigger(ArticleFacts facts, LemmatizedSentence ls, RuleHit h, EventType type) {
        int next = ls.sentence().span().end();
        for (RuleHit o : facts.hits().getOrDefault(ls.sentence().index(), List.of())) {
            if (o.kind() == Rule.Kind.TRIGGER && o.type() == type && o.first() > h.last()) {
                next = Math.min(next, ls.tokens().get(o.first()).start());
            }
        }
        return next;
    }

    private static void add(List<Event> out, Event e) {
        if (e != null) {
            out.add(e);
        }
    }
}
