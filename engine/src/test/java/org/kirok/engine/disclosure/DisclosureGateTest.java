package org.kirok.engine.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DisclosureGateTest {
    final DisclosureGate gate = DisclosureGate.standard();

    @Test
    void hides_small_counts_and_a_complement_so_the_total_does_not_give_them_away() {
        ProtectedTable table = gate.protect(new long[] {120, 4, 37, 0});
        assertThat(table.count(0)).hasValue(120);
        assertThat(table.count(1)).isEmpty();
        assertThat(table.count(3)).hasValue(0);
        assertThat(table.grandTotal()).hasValue(161);
        // with the total shown, 4 would follow from 161 - 120 - 37: one more cell is hidden, the smaller one
        assertThat(table.count(2)).isEmpty();
        assertThat(table.hiddenCells()).isEqualTo(2);
    }

    @Test
    void publishes_everything_when_no_count_is_small() {
        ProtectedTable table = gate.protect(new long[][] {{50, 12}, {0, 300}});
        assertThat(table.hiddenCells()).isZero();
        assertThat(table.rowTotal(0)).hasValue(62);
        assertThat(table.columnTotal(1)).hasValue(312);
        assertThat(table.grandTotal()).hasValue(362);
    }

    @Test
    void a_small_margin_is_hidden_too() {
        ProtectedTable table = gate.protect(new long[][] {{3, 2}, {40, 50}});
        assertThat(table.rowTotal(0)).isEmpty();
        assertThat(table.cell(0, 0)).isEmpty();
        assertThat(table.cell(0, 1)).isEmpty();
    }

    @Test
    void refuses_negative_counts_ragged_rows_and_a_useless_threshold() {
        assertThatThrownBy(() -> gate.protect(new long[] {1, -2})).hasMessageContaining("negative count -2");
        assertThatThrownBy(() -> gate.protect(new long[][] {{1, 2}, {3}})).hasMessageContaining("row 1 has 1 cells");
        assertThatThrownBy(() -> new DisclosureGate(1)).hasMessageContaining("at least 2");
    }

    @Test
    void on_random_tables_no_small_figure_is_shown_and_no_hidden_one_can_be_recovered_from_a_line() {
        Random random = new Random(4242);
        for (int trial = 0; trial < 3000; trial++) {
            int rows = 1 + random.nextInt(6);
            int columns = 1 + random.nextInt(7);
            int threshold = 2 + random.nextInt(15);
            long[][] cells = new long[rows][columns];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    int kind = random.nextInt(4);
                    cells[r][c] = kind == 0 ? 0 : kind == 1 ? 1 + random.nextInt(threshold) : random.nextInt(200);
                }
            }
            ProtectedTable table = new DisclosureGate(threshold).protect(cells);
            long[][] full = extend(cells);
            OptionalLong[][] shown = shown(table, rows, columns);
            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c <= columns; c++) {
                    if (shown[r][c].isPresent()) {
                        assertThat(shown[r][c].getAsLong()).isEqualTo(full[r][c]);
                        assertThat(full[r][c] == 0 || full[r][c] >= threshold).as("small figure shown").isTrue();
                    }
                }
            }
            for (int r = 0; r <= (rows == 1 ? 0 : rows); r++) {
                checkLine(shown[r], full[r], threshold);
            }
            if (rows > 1) {
                for (int c = 0; c <= columns; c++) {
                    OptionalLong[] line = new OptionalLong[rows + 1];
                    long[] values = new long[rows + 1];
                    for (int r = 0; r <= rows; r++) {
                        line[r] = shown[r][c];
                        values[r] = full[r][c];
                    }
                    checkLine(line, values, threshold);
                }
            }
        }
    }

    private static void checkLine(OptionalLong[] shown, long[] values, int threshold) {
        int hidden = 0;
        long sum = 0;
        for (int i = 0; i < shown.length; i++) {
            if (shown[i].isEmpty()) {
                hidden++;
                sum += values[i];
            }
        }
        boolean wholeLine = hidden == shown.length;
        assertThat(hidden == 0 || wholeLine || (hidden >= 2 && sum >= threshold))
                .as("a line hides %d entries summing to %d (threshold %d)", hidden, sum, threshold).isTrue();
    }

    private static OptionalLong[][] shown(ProtectedTable table, int rows, int columns) {
        OptionalLong[][] shown = new OptionalLong[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                shown[r][c] = table.cell(r, c);
            }
            shown[r][columns] = table.rowTotal(r);
        }
        for (int c = 0; c < columns; c++) {
            shown[rows][c] = table.columnTotal(c);
        }
        shown[rows][columns] = table.grandTotal();
        return shown;
    }

    private static long[][] extend(long[][] cells) {
        int rows = cells.length;
        int columns = cells[0].length;
        long[][] full = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                full[r][c] = cells[r][c];
                full[r][columns] += cells[r][c];
                full[rows][c] += cells[r][c];
                full[rows][columns] += cells[r][c];
            }
        }
        return full;
    }
}
