package org.photonledger.domain.result;

/** Everything that can happen to a result. */
public sealed interface ResultEvent permits ResultComputed, ResultReported, ResultSigned {

    ResultId resultId();
}
