/**
 * Event coding: the CAMEO codebook, the verb and noun lexicons with their patterns, and the coder
 * that turns a predication into events (or a reason it was skipped). Depends on model, actor,
 * lexicon, time and place.
 */
package org.dyad.code;
