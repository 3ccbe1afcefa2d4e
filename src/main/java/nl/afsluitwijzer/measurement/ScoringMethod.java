package nl.afsluitwijzer.measurement;

import java.util.List;

/** How the answers to the items of an instrument make its total. */
public enum ScoringMethod {

    /** The total is the sum of the values of the chosen answer options. */
    SUM {
        @Override
        int total(List<Integer> values) {
            return values.stream().mapToInt(Integer::intValue).sum();
        }

        @Override
        int lowestTotal(int items, int lowestOption) {
            return items * lowestOption;
        }

        @Override
        int highestTotal(int items, int highestOption) {
            return items * highestOption;
        }
    };

    abstract int total(List<Integer> values);

    abstract int lowestTotal(int items, int lowestOption);

    abstract int highestTotal(int items, int highestOption);
}
