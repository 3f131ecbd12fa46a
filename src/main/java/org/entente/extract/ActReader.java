package org.entente.extract;

import edu.stanford.nlp.semgraph.SemanticGraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the acts of one sentence: finds the act words of the lexicon, keeps those that report an
 * act that happened (not a hypothetical one, not a noun that only names an act without a verb
 * that makes it), and finds who acted and on whom from the sentence's structure:
 * <ul>
 * <li>the subject: a name right before the verb (over adverbs, auxiliaries and head nouns, as in
 *     "all NATO allies support"), else the nearest name before it that is not inside a
 *     prepositional phrase or an object; "by X" after a passive verb; the speaker of a quote for
 *     acts inside it; and for a sentence with no subject, the actor of the last act;</li>
 * <li>the target: the first name after the act word that is not inside a prepositional phrase of
 *     place or part ("of", "in", "between"...) and is not the actor, with the names coordinated
 *     with it; for a noun, also the indirect object of its verb ("offers Kiev support").</li>
 * </ul>
 * Names joined by "and" act (or are acted on) together: one draft names them all.
 */
final class ActReader {

    private static final int LIGHT_VERB_WINDOW = 7;
    /** A denied approval or support is an act of its own: "Ankara would not approve" rejects. */
    private static final java.util.Map<String, String> REVERSED = java.util.Map.of("AGREE", "REJECT", "SUPPORT", "OPPOSE");
    private static final int TARGET_WINDOW = 15;
    /** Acts that, done to an accusation ("rejected the charge"), are a denial. */
    private static final Set<String> DENIABLE = Set.of("REJECT", "OPPOSE");
    /** What a word before "to" is when "to" opens the complement of a noun or an object: "the move to", "urged the US to". */
    private static final Set<String> COMPLEMENTED = Set.of("NOUN", "PROPN", "PRON", "ADJ");
    /** What a word after a participle is when the participle has an object, so it is not a passive. */
    private static final Set<String> OBJECT_STARTS = Set.of("DET", "PROPN", "PRON", "NOUN");

    private final ActLexicon lexicon;
    private final Cues cues;
    private final Syntax syntax;
    private final SyntaxReader syntaxReader;

    ActReader(ActLexicon lexicon, Cues cues, Syntax syntax, SyntaxReader syntaxReader) {
        this.lexicon = lexicon;
        this.cues = cues;
        this.syntax = syntax;
        this.syntaxReader = syntaxReader;
    }

    List<Draft> read(Sentence sentence, SentenceMentions mentions, Discourse discourse) {
        List<Token> tokens = sentence.tokens();
        List<Trigger> triggers = new ArrayList<>(lexicon.find(tokens));
        List<Draft> drafts = new ArrayList<>();
        List<Integer> lightVerbs = new ArrayList<>();
        for (Trigger trigger : triggers) {
            if (trigger.noun()) {
                int light = lightVerbBefore(tokens, trigger.first());
                if (light >= 0) {
                    lightVerbs.add(light);
                }
            }
        }
        // parse only a sentence that can hold an act the graph reads: one with an act verb and a mention of an actor
        boolean verbTold = triggers.stream().anyMatch(trigger -> !trigger.noun()) || tokens.stream().anyMatch(token -> cues.is("obligation", token));
        SemanticGraph graph = !verbTold || mentions.all().isEmpty() ? null : syntax.parse(sentence);
        if (graph != null) {
            mentions.parsedSpeakers(syntaxReader.speakers(graph, mentions,
                    token -> !mentions.inQuote(token) && tokens.get(token).isVerb() && cues.is("speech", tokens.get(token))));
        }
        int embeddedUntil = -1;
        for (Trigger trigger : triggers) {
            if (!trigger.noun() && lightVerbs.contains(trigger.first())) {
                continue; // "offers support": the noun tells the act
            }
            if (trigger.first() <= embeddedUntil) {
                continue; // "demanded that NATO withdraw": the withdrawal is asked for, not done
            }
            if (cues.lists("embedding", trigger.act())) {
                embeddedUntil = clauseEnd(tokens, trigger.last());
            }
            Draft draft = trigger.noun() ? readNoun(sentence, trigger, mentions, discourse)
                    : readVerb(sentence, trigger, mentions, discourse, graph == null ? null : syntaxReader.read(graph, trigger.first(), mentions));
            if (draft != null) {
                drafts.add(draft);
            }
        }
        drafts.addAll(accusations(sentence, mentions, discourse));
        if (graph != null) {
            drafts.addAll(obligations(syntaxReader.obligations(graph, mentions), mentions, discourse));
        }
        return drafts;
    }

    /**
     * "Eritrean forces should withdraw" in a government's statement, "Rouhani said foreign powers should
     * get out": a demand by the speaker, else by the statement's author, toward those told to act.
     */
    private List<Draft> obligations(List<SyntaxReader.Obligation> obligations, SentenceMentions mentions, Discourse discourse) {
        List<Draft> drafts = new ArrayList<>();
        for (SyntaxReader.Obligation obligation : obligations) {
            Subject speaker = mentions.quoteSpeaker(discourse, cues);
            if ((speaker == null || speaker.firstPerson()) && !mentions.inQuote(obligation.modal()) && discourse.author() != null) {
                speaker = new Subject(List.of(discourse.author()), null, "author", 0.7);
            }
            if (speaker == null || speaker.firstPerson()) {
                continue;
            }
            List<String> targets = new ArrayList<>();
            for (Mention mention : obligation.obliged()) {
                String target = mentions.actorOf(mention, discourse, speaker.actors().get(0));
                if (target != null && !speaker.actors().contains(target) && !targets.contains(target)) {
                    targets.add(target);
                }
            }
            drafts.add(new Draft("DEMAND", speaker.actors(), speaker.mention(), targets,
                    new Trigger(obligation.modal(), obligation.modal(), "DEMAND", false), obligation.modal() + 1, false,
                    obligation.rule() + "+" + speaker.rule(), Math.min(speaker.confidence(), 0.7)));
        }
        return drafts;
    }

    private Draft readVerb(Sentence sentence, Trigger trigger, SentenceMentions mentions, Discourse discourse, SyntaxReader.Roles roles) {
        List<Token> tokens = sentence.tokens();
        int anchor = trigger.first();
        boolean refusal = negated(tokens, anchor) && REVERSED.containsKey(trigger.act());
        if ((hypothetical(tokens, anchor) && !refusal) || refusedBefore(tokens, anchor) == null && isRefusalOfNextAct(tokens, trigger)) {
            return null;
        }
        if (infinitiveComplement(tokens, anchor)) {
            return null;
        }
        boolean passive = passive(tokens, anchor);
        if (!passive && anchor > 0 && tokens.get(anchor - 1).pos().equals("NOUN") && tokens.get(anchor).lower().endsWith("ed")
                && anchor + 1 < tokens.size() && tokens.get(anchor + 1).pos().equals("ADP")) {
            return null; // "the moratorium proposed by Moscow": a participle describing a thing, not an act reported
        }
        if (roles != null && roles.noAct()) {
            return null; // "Ukraine's internationally recognized borders": the verb describes a thing
        }
        Subject parsed = roles == null ? null : parsedSubject(roles, mentions, discourse);
        Subject subject = parsed != null ? parsed : passive ? mentions.agentAfter(anchor, cues) : subject(sentence, anchor, mentions, discourse);
        if (subject == null) {
            return null;
        }
        boolean bareForm = tokens.get(anchor).lower().equals(tokens.get(anchor).lemma());
        if (bareForm && (subject.rule().equals("speaker-of-quote") || subject.rule().equals("subject-of-previous-act"))) {
            return null; // "Necessary formally withdraw the decision": an imperative, asked for, not done
        }
        List<String> targets = roles != null && !roles.targets().isEmpty() ? parsedTargets(roles, subject, mentions, discourse)
                : passive ? passiveTargets(anchor, subject, mentions, discourse)
                : mentions.targetsAfter(trigger.last(), subject.actors(), discourse, cues, TARGET_WINDOW);
        boolean negated = negated(tokens, anchor) || refusedBefore(tokens, anchor) != null;
        String act = roles != null && roles.denial() && DENIABLE.contains(trigger.act()) ? "DENY" : act(trigger, tokens);
        if (negated && REVERSED.containsKey(act)) {
            act = REVERSED.get(act); // "would not approve" is a refusal
            negated = false;
        }
        return new Draft(act, subject.actors(), subject.mention(), targets, trigger, trigger.last() + 1,
                negated, passive && parsed == null ? "passive-by-agent" : subject.rule(), subject.confidence());
    }

    private Draft readNoun(Sentence sentence, Trigger trigger, SentenceMentions mentions, Discourse discourse) {
        List<Token> tokens = sentence.tokens();
        int light = lightVerbBefore(tokens, trigger.first());
        Subject subject;
        List<String> targets = new ArrayList<>();
        if (light >= 0) {
            if (hypothetical(tokens, light)) {
                return null;
            }
            subject = subject(sentence, light, mentions, discourse);
            if (subject == null) {
                return null;
            }
            targets.addAll(mentions.targetsBetween(light, trigger.first(), subject.actors(), discourse, cues));
        } else {
            subject = mentions.agentAfter(trigger.last(), cues); // "a video call held by Biden and Putin"
            if (subject == null || subject.actors().size() < 2) {
                return null; // a noun that only names an act
            }
            List<String> parties = subject.actors();
            subject = new Subject(List.of(parties.get(0)), subject.mention(), "noun-held-by", 0.7);
            targets.addAll(parties.subList(1, parties.size()));
        }
        if (targets.isEmpty()) {
            targets.addAll(mentions.targetsAfter(trigger.last(), subject.actors(), discourse, cues, TARGET_WINDOW));
        }
        return new Draft(act(trigger, tokens), subject.actors(), subject.mention(), targets, trigger, trigger.last() + 1,
                negated(tokens, light >= 0 ? light : trigger.first()), light >= 0 ? "noun-with-light-verb" : subject.rule(),
                Math.min(subject.confidence(), 0.8));
    }

    /** The actors the dependency graph names as the act word's subject or agent; null where it names none, or only "we" or "I". */
    private static Subject parsedSubject(SyntaxReader.Roles roles, SentenceMentions mentions, Discourse discourse) {
        List<String> actors = new ArrayList<>();
        for (Mention mention : roles.actors()) {
            String actor = mention.reference() == Mention.Reference.FIRST_PERSON ? null : mentions.actorOf(mention, discourse, null);
            if (actor != null && !actors.contains(actor)) {
                actors.add(actor);
            }
        }
        return actors.isEmpty() ? null : new Subject(actors, roles.actors().get(0), roles.rule(),
                roles.actors().get(0).needsContext() ? 0.75 : 0.9);
    }

    private static List<String> parsedTargets(SyntaxReader.Roles roles, Subject subject, SentenceMentions mentions, Discourse discourse) {
        List<String> targets = new ArrayList<>();
        for (Mention mention : roles.targets()) {
            String target = mentions.actorOf(mention, discourse, subject.actors().get(0));
            if (target != null && !subject.actors().contains(target) && !targets.contains(target)) {
                targets.add(target);
            }
        }
        return targets;
    }

    /** "The US and Ukraine believe that Russia is preparing an incursion": an accusation of Russia. */
    private List<Draft> accusations(Sentence sentence, SentenceMentions mentions, Discourse discourse) {
        List<Token> tokens = sentence.tokens();
        List<Draft> drafts = new ArrayList<>();
        for (int b = 0; b < tokens.size(); b++) {
            if (!tokens.get(b).isVerb() || !cues.is("belief", tokens.get(b)) || hypothetical(tokens, b)) {
                continue;
            }
            Mention accused = mentions.firstAfter(b, 3);
            if (accused == null || !hostileAfter(tokens, accused.last(), 10)) {
                continue;
            }
            Subject subject = subject(sentence, b, mentions, discourse);
            String target = mentions.actorOf(accused, discourse, null);
            if (subject != null && target != null && !subject.actors().contains(target)) {
                drafts.add(new Draft("ACCUSE", subject.actors(), subject.mention(), List.of(target),
                        new Trigger(b, b, "ACCUSE", false), accused.first(), negated(tokens, b), "belief-of-hostile-act", 0.7));
            }
        }
        return drafts;
    }

    private Subject subject(Sentence sentence, int anchor, SentenceMentions mentions, Discourse discourse) {
        if (mentions.subjectIsRelativeThing(anchor)) {
            return null;
        }
        Subject subject = mentions.adjacentSubject(anchor, discourse, cues);
        if (subject == null) {
            subject = mentions.nearestSubject(anchor, discourse, cues);
        }
        if ((subject == null || subject.firstPerson()) && mentions.inQuote(anchor)) {
            boolean firstPerson = subject != null;
            subject = mentions.quoteSpeaker(discourse, cues);
            if (subject != null && firstPerson) {
                subject = new Subject(subject.actors(), subject.mention(), "first-person-in-quote+" + subject.rule(), subject.confidence());
            }
        }
        if (subject != null && subject.firstPerson() && !mentions.inQuote(anchor) && discourse.author() != null) {
            subject = new Subject(List.of(discourse.author()), subject.mention(), "first-person-of-author", subject.confidence());
        }
        if (subject == null && mentions.noSubjectBefore(anchor) && discourse.lastStatementActor() != null) {
            subject = new Subject(List.of(discourse.lastStatementActor()), null, "subject-of-previous-act", 0.6);
        }
        return subject == null || subject.actors().isEmpty() ? null : subject;
    }

    /** "an offer by Moscow was dismissed by Washington": the name in the subject of a passive, the one acted on. */
    private List<String> passiveTargets(int anchor, Subject agent, SentenceMentions mentions, Discourse discourse) {
        Mention patient = mentions.patientBefore(anchor, cues);
        if (patient == null) {
            return List.of();
        }
        String actor = mentions.actorOf(patient, discourse, agent.actors().get(0));
        return actor == null || agent.actors().contains(actor) ? List.of() : List.of(actor);
    }

    /** SANCTION with a condition after it ("if it invades") is a threat. */
    private String act(Trigger trigger, List<Token> tokens) {
        if (trigger.act().equals("SANCTION")) {
            for (int i = trigger.last() + 1; i < tokens.size() && !cues.is("clause-break", tokens.get(i)); i++) {
                if (cues.is("conditional", tokens.get(i))) {
                    return "THREATEN";
                }
            }
        }
        return trigger.act();
    }

    private int clauseEnd(List<Token> tokens, int from) {
        int i = from + 1;
        while (i < tokens.size() && !SentenceMentions.isClauseBreak(tokens, i, cues)) {
            i++;
        }
        return i;
    }

    private int lightVerbBefore(List<Token> tokens, int noun) {
        int words = 0;
        for (int i = noun - 1; i >= 0 && words < LIGHT_VERB_WINDOW; i--) {
            Token token = tokens.get(i);
            if (cues.is("clause-break", token)) {
                return -1;
            }
            if (token.isVerb() && cues.is("light-verb", token)) {
                return i;
            }
            if (!token.isPunctuation()) {
                words++;
            }
        }
        return -1;
    }

    private boolean hypothetical(List<Token> tokens, int anchor) {
        for (int i = anchor - 1; i >= Math.max(0, anchor - 4); i--) {
            if (cues.is("clause-break", tokens.get(i))) {
                return false;
            }
            if (cues.is("hypothetical", tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean negated(List<Token> tokens, int anchor) {
        for (int i = anchor - 1; i >= Math.max(0, anchor - 3); i--) {
            if (cues.is("negation", tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** "refused to condemn": the refusal word before "to", or null. */
    private Token refusedBefore(List<Token> tokens, int anchor) {
        if (anchor >= 2 && tokens.get(anchor - 1).lower().equals("to") && cues.is("refusal", tokens.get(anchor - 2))) {
            return tokens.get(anchor - 2);
        }
        return null;
    }

    /** "refused to condemn" is read at "condemn" (negated); the refusal itself is not another act. */
    private boolean isRefusalOfNextAct(List<Token> tokens, Trigger trigger) {
        int next = trigger.last() + 2;
        return cues.is("refusal", tokens.get(trigger.first())) && next < tokens.size()
                && tokens.get(trigger.last() + 1).lower().equals("to") && lexicon.find(tokens.subList(next, next + 1)).size() == 1;
    }

    /** "the move to deploy", "urged the US to join": an act asked for or described, not one that happened. */
    private static boolean infinitiveComplement(List<Token> tokens, int anchor) {
        return anchor >= 2 && tokens.get(anchor - 1).lower().equals("to") && tokens.get(anchor - 1).pos().equals("PART")
                && COMPLEMENTED.contains(tokens.get(anchor - 2).pos());
    }

    /** "was rejected (by ...)": a form of "be" before the verb, and no object after it ("is opposed the move" is not passive). */
    private boolean passive(List<Token> tokens, int anchor) {
        if (anchor + 1 < tokens.size() && (OBJECT_STARTS.contains(tokens.get(anchor + 1).pos())
                || tokens.get(anchor + 1).lower().equals("to"))) {
            return false;
        }
        for (int i = anchor - 1; i >= Math.max(0, anchor - 2); i--) {
            if (cues.is("be", tokens.get(i)) && tokens.get(i).isVerb()) {
                return true;
            }
            if (!tokens.get(i).pos().equals("ADV")) {
                return false;
            }
        }
        return false;
    }

    private boolean hostileAfter(List<Token> tokens, int from, int window) {
        for (int i = from + 1; i < Math.min(tokens.size(), from + 1 + window); i++) {
            if (cues.is("hostile", tokens.get(i))) {
                return true;
            }
        }
        return false;
    }
}
