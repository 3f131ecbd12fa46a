package org.entente.events;

/** Where a reader hands each event of a file, and each row it could not read. */
public interface EventSink {

    void event(CodedEvent event);

    void problem(RowProblem problem);
}
