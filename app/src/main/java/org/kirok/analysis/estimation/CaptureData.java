package org.kirok.analysis.estimation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kirok.engine.estimate.CaptureTable;
import org.kirok.engine.estimate.StratifiedTable;

/**
 * The exact input of an estimate: the lists (their codes and names in English and Korean) and, per stratum, how
 * many individuals have each capture pattern (index = pattern, bit i = on list i, index 0 unused) — plus the notes
 * on how the table was built. Saved as it is, so the estimate can be computed again from it years later.
 */
public record CaptureData(List<ListLabel> lists, List<Stratum> strata, Notes notes) {

    /** A list as saved: its definition's code and its names. */
    public record ListLabel(String code, String nameEn, String nameKo) {
        public String name(String language) {
            return language.equals("ko") ? nameKo : nameEn;
        }
    }

    /** One stratum's capture counts ("all" when the population is not stratified). */
    public record Stratum(String nameEn, String nameKo, long[] counts) {
        public Stratum {
            counts = counts.clone();
        }

        public String name(String language) {
            return language.equals("ko") ? nameKo : nameEn;
        }

        public long observed() {
            long total = 0;
            for (long count : counts) {
                total += count;
            }
            return total;
        }

        @Override
        public long[] counts() {
            return counts.clone();
        }
    }

    /**
     * How the table came to be: acts in the population, those left out for lack of a date when strata or the
     * period need one, person records among the victims and the individuals they are after linkage, individuals
     * documented only by sources outside the lists, and the state of linkage (latest judgment) used.
     */
    public record Notes(long acts, long undatedLeftOut, long records, long individuals, long offLists, long judgmentSeq) {
    }

    public CaptureData {
        lists = List.copyOf(lists);
        strata = List.copyOf(strata);
    }

    public long observed() {
        return strata.stream().mapToLong(Stratum::observed).sum();
    }

    public List<String> listNames() {
        return lists.stream().map(ListLabel::nameEn).toList();
    }

    public boolean stratified() {
        return strata.size() > 1 || (strata.size() == 1 && !strata.get(0).nameEn().equals(CaptureHistories.ALL));
    }

    public CaptureTable table(Stratum stratum) {
        return CaptureTable.of(listNames(), stratum.counts());
    }

    public StratifiedTable stratifiedTable() {
        Map<String, CaptureTable> tables = new LinkedHashMap<>();
        strata.forEach(stratum -> tables.put(stratum.nameEn(), table(stratum)));
        return new StratifiedTable(tables);
    }
}
