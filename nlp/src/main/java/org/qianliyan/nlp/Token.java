package org.qianliyan.nlp;

/**
 * One segmented word of the normalised text.
 *
 * @param word   the normalised word (half width, simplified, lower case)
 * @param nature HanLP part-of-speech tag, e.g. {@code n}, {@code v}, {@code nz}
 * @param offset offset of the word in the analysed text
 */
public record Token(String word, String nature, int offset) {

    /** @return whether this token is punctuation, whitespace or a symbol */
    public boolean punctuation() {
        return nature.startsWith("w") || word.isBlank();
    }
}
