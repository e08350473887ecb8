/** Dedupe: one event reported several times in an article is counted once. Depends only on the model. */
package org.dyad.dedupe;
