package org.kirok.engine.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CholeskyTest {

    @Test
    void solves_a_small_system() {
        double[] matrix = {4, 2, 2, 3};
        double[] x = Cholesky.decompose(matrix, 2).orElseThrow().solve(new double[] {2, 1});
        assertThat(x[0]).isCloseTo(0.5, within(1e-14));
        assertThat(x[1]).isCloseTo(0, within(1e-14));
        assertThat(Cholesky.decompose(matrix, 2).orElseThrow().inverseDiagonal(0)).isCloseTo(3.0 / 8, within(1e-14));
    }

    @Test
    void solves_random_positive_definite_systems() {
        SplittableRandom random = new SplittableRandom(17);
        for (int trial = 0; trial < 100; trial++) {
            int size = 1 + random.nextInt(12);
            double[] factor = new double[size * size];
            for (int i = 0; i < factor.length; i++) {
                factor[i] = random.nextDouble(-1, 1);
            }
            double[] matrix = new double[size * size];
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < size; j++) {
                    double sum = i == j ? 0.5 : 0;
                    for (int k = 0; k < size; k++) {
                        sum += factor[i * size + k] * factor[j * size + k];
                    }
                    matrix[i * size + j] = sum;
                }
            }
            double[] b = random.doubles(size, -5, 5).toArray();
            double[] x = Cholesky.decompose(matrix, size).orElseThrow().solve(b);
            for (int i = 0; i < size; i++) {
                double row = 0;
                for (int j = 0; j < size; j++) {
                    row += matrix[i * size + j] * x[j];
                }
                assertThat(row).isCloseTo(b[i], within(1e-8));
            }
        }
    }

    @Test
    void reports_singular_matrices_as_empty() {
        assertThat(Cholesky.decompose(new double[] {1, 1, 1, 1}, 2)).isEmpty();
        assertThat(Cholesky.decompose(new double[] {-1}, 1)).isEmpty();
    }

    @Test
    void rejects_a_matrix_of_the_wrong_size() {
        assertThatThrownBy(() -> Cholesky.decompose(new double[3], 2)).hasMessageContaining("3 entries");
        assertThatThrownBy(() -> Cholesky.decompose(new double[] {1}, 1).orElseThrow().solve(new double[2]))
                .hasMessageContaining("2 entries");
    }
}
