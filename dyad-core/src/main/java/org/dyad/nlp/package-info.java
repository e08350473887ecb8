/**
 * The NLP stage: annotates articles with Stanford CoreNLP and converts its output into Dyad's own
 * records. This is the only package that may import {@code edu.stanford.*}.
 */
package org.dyad.nlp;
