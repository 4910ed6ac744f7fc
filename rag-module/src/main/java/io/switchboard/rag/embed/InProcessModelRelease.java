package io.switchboard.rag.embed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;

/** Frees the in-process embedding model's native memory when the application stops (see {@link MiniLmModel#close()}). */
@ApplicationScoped
public class InProcessModelRelease {

    void release(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        MiniLmEmbeddings.release();
    }
}
