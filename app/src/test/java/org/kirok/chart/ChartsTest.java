package org.kirok.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Charts escape what they draw, show hidden counts as hidden, and render Hangul in PNG. */
class ChartsTest {

    @Test
    void svg_text_and_links_are_escaped() {
        SvgCanvas canvas = new SvgCanvas(300, 100);
        new BarChart(List.of(new Bar("<script>\"&'", OptionalLong.of(12), Optional.of("/x?a=1&b=\"2\""))), "<11").draw(canvas);
        String svg = canvas.toSvg("t<");
        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;&quot;&amp;&#39;")
                .contains("href=\"/x?a=1&amp;b=&quot;2&quot;\"").contains("<title>t&lt;</title>");
    }

    @Test
    void a_hidden_count_is_drawn_as_the_hidden_text_never_as_a_length() {
        SvgCanvas canvas = new SvgCanvas(400, 100);
        new BarChart(List.of(Bar.of("shown", 40), new Bar("hidden", OptionalLong.empty(), Optional.empty())), "<11").draw(canvas);
        String svg = canvas.toSvg("t");
        assertThat(svg).contains(">40<").contains(">&lt;11<");
    }

    @Test
    void colours_must_be_hex() {
        assertThatThrownBy(() -> new SvgCanvas(10, 10).rect(0, 0, 1, 1, "red\" onload=\"x"))
                .hasMessageContaining("#rrggbb");
    }

    @Test
    void png_charts_draw_hangul_labels_with_ink() throws Exception {
        RasterCanvas canvas = new RasterCanvas(300, 60, 2);
        new BarChart(List.of(Bar.of("자의적 구금", 120), Bar.of("강제송환", 80)), "<11").draw(canvas);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(canvas.toPng()));
        assertThat(image.getWidth()).isEqualTo(600);
        int dark = 0;
        for (int x = 0; x < 200; x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                dark += (image.getRGB(x, y) & 0xff) < 100 ? 1 : 0;
            }
        }
        assertThat(dark).as("pixels of the Korean labels").isGreaterThan(100);
        assertThat(java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, org.kirok.publish.KoreanFont.path().toFile())
                .canDisplayUpTo("자의적 구금 강제송환")).isEqualTo(-1);
    }
}
