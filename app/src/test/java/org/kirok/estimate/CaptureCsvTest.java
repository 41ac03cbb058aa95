package org.kirok.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.kirok.engine.estimate.CaptureTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptureCsvTest {

    @TempDir
    Path folder;

    @Test
    void reads_a_pattern_file_with_a_byte_order_mark_blank_lines_and_spaces() throws IOException {
        Path file = write("\uFEFFLA, NG ,freq\n1,0, 54\n\n0,1,463\n 1 ,1,15\n");
        CaptureFile read = CaptureCsv.read(file, Optional.empty());
        CaptureTable table = read.total();
        assertThat(table.lists()).containsExactly("LA", "NG");
        assertThat(table.observed()).isEqualTo(532);
        assertThat(table.count(0b11)).isEqualTo(15);
        assertThat(read.individualRows()).isFalse();
    }

    @Test
    void accepts_every_documented_name_of_the_count_column() throws IOException {
        for (String name : new String[] {"count", "Freq", "frequency", "n"}) {
            CaptureTable table = CaptureCsv.read(write("a,b," + name + "\n1,0,3\n1,1,2\n"), Optional.empty()).total();
            assertThat(table.observed()).as(name).isEqualTo(5);
        }
    }

    @Test
    void random_person_files_count_each_pattern() throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        long[] expected = new long[16];
        StringBuilder csv = new StringBuilder("w,x,y,z\n");
        for (int person = 0; person < 500; person++) {
            int pattern = 1 + random.nextInt(15);
            expected[pattern]++;
            for (int list = 0; list < 4; list++) {
                csv.append(list == 0 ? "" : ",").append(pattern >> list & 1);
            }
            csv.append('\n');
        }
        CaptureFile read = CaptureCsv.read(write(csv.toString()), Optional.empty());
        assertThat(read.individualRows()).isTrue();
        assertThat(read.total()).isEqualTo(CaptureTable.of(List.of("w", "x", "y", "z"), expected));
    }

    @Test
    void splits_rows_by_the_stratum_column_and_keeps_their_order() throws IOException {
        Path file = write("a,b,province,count\n1,0,Hamgyong,5\n1,1,Ryanggang,2\n0,1,Hamgyong,4\n1,0,Ryanggang,3\n");
        CaptureFile read = CaptureCsv.read(file, Optional.of("Province"));
        assertThat(read.strata().orElseThrow().strata().keySet()).containsExactly("Hamgyong", "Ryanggang");
        assertThat(read.total().observed()).isEqualTo(14);
        assertThat(read.total().lists()).containsExactly("a", "b");
    }

    @Test
    void rejects_header_problems_naming_them() throws IOException {
        assertThatThrownBy(() -> CaptureCsv.read(write("a,,count\n1,0,1\n"), Optional.empty())).hasMessageContaining("column 2");
        assertThatThrownBy(() -> CaptureCsv.read(write("a,A,count\n1,0,1\n"), Optional.empty())).hasMessageContaining("'A' appears twice");
        assertThatThrownBy(() -> CaptureCsv.read(write("a,b,count,freq\n1,0,1,1\n"), Optional.empty())).hasMessageContaining("more than one count column");
        assertThatThrownBy(() -> CaptureCsv.read(write("a,b,count\n1,0,1\n"), Optional.of("year")))
                .hasMessageContaining("no stratum column 'year'");
        assertThatThrownBy(() -> CaptureCsv.read(write("a,b,year,count\n1,0,,1\n"), Optional.of("year")))
                .hasMessageContaining("line 2, column 'year': the stratum is blank");
    }

    @Test
    void rejects_text_that_is_not_utf_8() throws IOException {
        Path file = folder.resolve("latin1.csv");
        Files.write(file, "a,b,count\n1,0,3\n\u00e9,1,2\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> CaptureCsv.read(file, Optional.empty())).isInstanceOf(CaptureFileException.class);
    }

    private Path write(String content) throws IOException {
        Path file = Files.createTempFile(folder, "captures", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
