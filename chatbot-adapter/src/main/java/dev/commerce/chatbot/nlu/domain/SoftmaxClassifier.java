package dev.commerce.chatbot.nlu.domain;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Multinomial logistic regression (softmax regression) over sparse features.
 *
 * <p>Training minimises the mean cross-entropy plus an L2 penalty with full-batch gradient descent and
 * classical momentum. Full batch makes training deterministic (no shuffling, so no seed) and, at a few
 * hundred utterances and a few thousand features, takes well under a second. Logistic regression is used
 * rather than naive Bayes because its probabilities are usable as confidences: an utterance with few known
 * features gets a flat distribution and falls under the fallback threshold, where naive Bayes tends to be
 * near-certain about everything.
 */
public final class SoftmaxClassifier {

    private final List<String> labels;
    private final Map<String, Integer> featureIndex;
    private final double[][] weights;

    public record Sample(String label, Map<String, Double> features) {
    }

    public record Hyperparameters(int iterations, double learningRate, double momentum, double l2) {
        public static Hyperparameters defaults() {
            return new Hyperparameters(400, 2.0, 0.9, 1e-4);
        }
    }

    private SoftmaxClassifier(List<String> labels, Map<String, Integer> featureIndex, double[][] weights) {
        this.labels = labels;
        this.featureIndex = featureIndex;
        this.weights = weights;
    }

    public static SoftmaxClassifier train(List<Sample> samples, Hyperparameters hyper) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no training samples");
        }
        Set<String> labelSet = new LinkedHashSet<>();
        Map<String, Integer> featureIndex = new HashMap<>();
        for (Sample sample : samples) {
            labelSet.add(sample.label());
            sample.features().keySet().forEach(f -> featureIndex.putIfAbsent(f, featureIndex.size()));
        }
        List<String> labels = List.copyOf(labelSet);
        int[][] indices = new int[samples.size()][];
        double[][] values = new double[samples.size()][];
        int[] targets = new int[samples.size()];
        for (int s = 0; s < samples.size(); s++) {
            Sample sample = samples.get(s);
            targets[s] = labels.indexOf(sample.label());
            indices[s] = new int[sample.features().size()];
            values[s] = new double[sample.features().size()];
            int k = 0;
            for (Map.Entry<String, Double> feature : sample.features().entrySet()) {
                indices[s][k] = featureIndex.get(feature.getKey());
                values[s][k++] = feature.getValue();
            }
        }
        double[][] weights = new GradientDescent(labels.size(), featureIndex.size() + 1, hyper)
                .fit(indices, values, targets);
        return new SoftmaxClassifier(labels, Map.copyOf(featureIndex), weights);
    }

    public List<String> labels() {
        return labels;
    }

    public int featureCount() {
        return featureIndex.size();
    }

    /** Probabilities in the order of {@link #labels()}; features never seen in training are ignored. */
    public double[] probabilities(Map<String, Double> features) {
        int bias = featureIndex.size();
        double[] logits = new double[labels.size()];
        for (int k = 0; k < labels.size(); k++) {
            logits[k] = weights[k][bias];
        }
        for (Map.Entry<String, Double> feature : features.entrySet()) {
            Integer index = featureIndex.get(feature.getKey());
            if (index != null) {
                for (int k = 0; k < labels.size(); k++) {
                    logits[k] += weights[k][index] * feature.getValue();
                }
            }
        }
        return softmax(logits);
    }

    static double[] softmax(double[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (double logit : logits) {
            max = Math.max(max, logit);
        }
        double sum = 0;
        double[] out = new double[logits.length];
        for (int k = 0; k < logits.length; k++) {
            out[k] = Math.exp(logits[k] - max);
            sum += out[k];
        }
        for (int k = 0; k < logits.length; k++) {
            out[k] /= sum;
        }
        return out;
    }

    private record GradientDescent(int classes, int width, Hyperparameters hyper) {

        double[][] fit(int[][] indices, double[][] values, int[] targets) {
            double[][] w = new double[classes][width];
            double[][] velocity = new double[classes][width];
            int bias = width - 1;
            int n = targets.length;
            for (int iteration = 0; iteration < hyper.iterations(); iteration++) {
                double[][] gradient = new double[classes][width];
                for (int s = 0; s < n; s++) {
                    double[] logits = new double[classes];
                    for (int k = 0; k < classes; k++) {
                        double z = w[k][bias];
                        for (int f = 0; f < indices[s].length; f++) {
                            z += w[k][indices[s][f]] * values[s][f];
                        }
                        logits[k] = z;
                    }
                    double[] p = softmax(logits);
                    for (int k = 0; k < classes; k++) {
                        double error = p[k] - (k == targets[s] ? 1 : 0);
                        gradient[k][bias] += error;
                        for (int f = 0; f < indices[s].length; f++) {
                            gradient[k][indices[s][f]] += error * values[s][f];
                        }
                    }
                }
                for (int k = 0; k < classes; k++) {
                    for (int j = 0; j < width; j++) {
                        double g = gradient[k][j] / n + (j == bias ? 0 : hyper.l2() * w[k][j]);
                        velocity[k][j] = hyper.momentum() * velocity[k][j] - hyper.learningRate() * g;
                        w[k][j] += velocity[k][j];
                    }
                }
            }
            return w;
        }
    }
}
