package org.entente.facts;

import java.util.List;
import java.util.Optional;

/** Everything one article says: who is mentioned, what claims are at stake, and the acts reported. */
public record Facts(ArticleInfo article, List<Actor> actors, List<Proposition> propositions,
                    List<Statement> statements) {

    public Facts {
        actors = List.copyOf(actors);
        propositions = List.copyOf(propositions);
        statements = List.copyOf(statements);
    }

    public Optional<Actor> actor(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Proposition> proposition(String id) {
        return propositions.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
