/*
 * <cds-chart>: a small wrapper around Apache ECharts (loaded from the WebJar before this file).
 * The server sets the property "spec" (plain data, no functions); this element turns it into ECharts options
 * with Vietnamese number formats (Intl.NumberFormat('vi-VN')) in axes and tooltips, and resizes with its box,
 * so the chart stays readable on a phone.
 *
 * spec = {
 *   kind: 'hbar' | 'line',
 *   valueType: 'PERCENT' | 'COUNT' | 'MONEY',
 *   categories: [...],                      // hbar: unit names (best first); line: period labels
 *   series: [{ name, values: [number|null], colors?: [css color per bar], dashed?: boolean }],
 *   target?: number, targetLabel?: string, // hbar: a vertical line at the target
 *   emptyText?: string
 * }
 */
(function () {
    const VI = 'vi-VN';
    const integer = new Intl.NumberFormat(VI, { maximumFractionDigits: 0 });
    const decimal = new Intl.NumberFormat(VI, { maximumFractionDigits: 2 });
    const compact = new Intl.NumberFormat(VI, { notation: 'compact', maximumFractionDigits: 1 });
    const twoDecimals = new Intl.NumberFormat(VI, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    // as base.format.VnFormat.percent prints rates: "100%" when whole, otherwise two decimals, "88,90%"
    const rate = v => (Math.round(v * 100) % 100 === 0 ? integer : twoDecimals).format(v) + '%';

    function formatter(valueType, forAxis) {
        if (valueType === 'PERCENT') {
            return v => (v === null || v === undefined || isNaN(v)) ? '–' : (forAxis ? decimal.format(v) + '%' : rate(v));
        }
        if (valueType === 'MONEY') {
            return v => (v === null || v === undefined || isNaN(v)) ? '–'
                : (forAxis && Math.abs(v) >= 1e6 ? compact.format(v) : integer.format(v)) + (forAxis ? '' : ' đ');
        }
        return v => (v === null || v === undefined || isNaN(v)) ? '–'
            : (forAxis && Math.abs(v) >= 1e6 ? compact.format(v) : decimal.format(v));
    }

    class CdsChart extends HTMLElement {
        constructor() {
            super();
            this._spec = null;
            this.chart = null;
        }

        set spec(value) {
            this._spec = typeof value === 'string' ? JSON.parse(value) : value;
            this._render();
        }

        get spec() {
            return this._spec;
        }

        connectedCallback() {
            // a value set before this element was upgraded hides the setter: take it over
            if (Object.prototype.hasOwnProperty.call(this, 'spec')) {
                const early = this.spec;
                delete this.spec;
                this.spec = early;
            }
            if (!this.style.display) {
                this.style.display = 'block';
            }
            this._observer = new ResizeObserver(() => this._render());
            this._observer.observe(this);
            this._render();
        }

        disconnectedCallback() {
            if (this._observer) {
                this._observer.disconnect();
            }
            if (this.chart) {
                this.chart.dispose();
                this.chart = null;
            }
        }

        _render() {
            if (!this.isConnected || !this._spec || !window.echarts) {
                return;
            }
            const spec = this._spec;
            if (spec.kind === 'hbar') {
                // one row per unit: the chart grows with the number of bars instead of squeezing them
                this.style.height = Math.max(160, 48 + 26 * spec.categories.length) + 'px';
            } else if (!this.style.height) {
                this.style.height = '360px';
            }
            if (!this.chart) {
                this.chart = window.echarts.init(this, null, { renderer: 'svg', locale: 'EN' });
            }
            this.chart.setOption(spec.kind === 'hbar' ? this._barOptions(spec) : this._lineOptions(spec), true);
            if (this.clientWidth !== this._width || this.clientHeight !== this._height) {
                this._width = this.clientWidth;
                this._height = this.clientHeight;
                this.chart.resize();
            }
            this.dataset.rendered = 'true';
        }

        _narrow() {
            return this.clientWidth > 0 && this.clientWidth < 560;
        }

        _barOptions(spec) {
            const tip = formatter(spec.valueType, false);
            const axis = formatter(spec.valueType, true);
            const series = spec.series[0] || { values: [] };
            const narrow = this._narrow();
            const data = series.values.map((v, i) => ({
                value: v,
                itemStyle: series.colors && series.colors[i] ? { color: series.colors[i] } : undefined
            }));
            const bar = {
                type: 'bar', name: series.name, data: data, barMaxWidth: 18,
                label: { show: !narrow, position: 'right', formatter: p => tip(p.value), fontSize: 11 }
            };
            if (spec.target !== undefined && spec.target !== null) {
                bar.markLine = {
                    symbol: 'none', silent: true,
                    lineStyle: { color: '#b3261e', type: 'dashed', width: 2 },
                    label: { formatter: (spec.targetLabel || '') , position: 'end', color: '#b3261e' },
                    data: [{ xAxis: spec.target }]
                };
            }
            return {
                animation: false,
                grid: { left: 8, right: narrow ? 16 : 64, top: 28, bottom: 8, containLabel: true },
                tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
                    valueFormatter: v => tip(v) },
                xAxis: { type: 'value', axisLabel: { formatter: v => axis(v), hideOverlap: true },
                    max: spec.valueType === 'PERCENT' ? 100 : undefined },
                yAxis: { type: 'category', inverse: true, data: spec.categories,
                    axisLabel: { width: narrow ? 96 : 180, overflow: 'truncate', fontSize: 12 } },
                series: [bar]
            };
        }

        _lineOptions(spec) {
            const tip = formatter(spec.valueType, false);
            const axis = formatter(spec.valueType, true);
            const narrow = this._narrow();
            return {
                animation: false,
                legend: { type: 'scroll', top: 0 },
                grid: { left: 8, right: 16, top: 40, bottom: narrow ? 48 : 32, containLabel: true },
                tooltip: { trigger: 'axis', valueFormatter: v => tip(v) },
                xAxis: { type: 'category', data: spec.categories,
                    axisLabel: { rotate: narrow ? 45 : 0, hideOverlap: true } },
                yAxis: { type: 'value', axisLabel: { formatter: v => axis(v) },
                    max: spec.valueType === 'PERCENT' ? 100 : undefined },
                series: spec.series.map(s => ({
                    type: 'line', name: s.name, data: s.values, connectNulls: false, symbolSize: 8,
                    lineStyle: s.dashed ? { type: 'dashed', width: 3 } : { width: 2 }
                }))
            };
        }
    }

    if (!customElements.get('cds-chart')) {
        customElements.define('cds-chart', CdsChart);
    }
})();
