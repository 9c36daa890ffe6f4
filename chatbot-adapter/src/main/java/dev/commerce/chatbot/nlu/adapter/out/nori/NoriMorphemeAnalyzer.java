package dev.commerce.chatbot.nlu.adapter.out.nori;

import dev.commerce.chatbot.nlu.domain.MorphemeAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene Nori (mecab-ko-dic) morphological analysis. {@code MIXED} decompounding emits both the word as
 * written (있어요) and its morphemes (있, 어요), so the classifier sees stems and endings; punctuation is
 * dropped. A Lucene {@link Analyzer} reuses one tokenizer per thread, so this bean is thread-safe.
 */
public class NoriMorphemeAnalyzer implements MorphemeAnalyzer, AutoCloseable {

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new KoreanTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, null,
                    KoreanTokenizer.DecompoundMode.MIXED, false, true));
        }
    };

    @Override
    public List<String> morphemes(String text) {
        List<String> morphemes = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("utterance", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                morphemes.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Nori analysis failed", e);
        }
        return morphemes;
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
