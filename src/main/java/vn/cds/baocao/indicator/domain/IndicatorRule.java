package vn.cds.baocao.indicator.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.cds.baocao.base.domain.AbstractEntity;

/** A rule between two indicators of the same report, e.g. "tin đã xử lý ≤ tin tiếp nhận". */
@Entity
@Table(name = "indicator_rule")
public class IndicatorRule extends AbstractEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "left_indicator_id")
    private Indicator left;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    private Comparator comparator;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "right_indicator_id")
    private Indicator right;

    protected IndicatorRule() {
    }

    public IndicatorRule(Indicator left, Comparator comparator, Indicator right) {
        this.left = left;
        this.comparator = comparator;
        this.right = right;
    }

    public Indicator getLeft() {
        return left;
    }

    public Comparator getComparator() {
        return comparator;
    }

    public Indicator getRight() {
        return right;
    }
}
