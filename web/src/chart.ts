// Bar charts with Apache ECharts, importing only the parts used (bar
// series, grid, tooltip, legend, SVG renderer) to keep the bundle small.
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, AriaComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { h } from './dom';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer]);

/** Series is one bar series: a name and one value per category; null is no amount (no bar, not 0). */
export interface Series { name: string; values: (number | null)[] }

/** barChart draws horizontal bars of yen per category, one series per compared plan. */
export function barChart(title: string, categories: string[], series: Series[]): HTMLElement {
  const height = Math.max(220, 40 + categories.length * (14 + 10 * series.length));
  const box = h('div', { class: 'chart', role: 'img', 'aria-label': title, style: `height:${height}px` });
  requestAnimationFrame(() => {
    const chart = echarts.init(box, undefined, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      aria: { enabled: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', splitNumber: box.clientWidth < 500 ? 2 : 5, axisLabel: { hideOverlap: true, formatter: (v: number) => (v / 1000).toLocaleString('ja-JP') + '千円' } },
      yAxis: { type: 'category', data: categories, inverse: true, axisLabel: { width: box.clientWidth < 500 ? 100 : 160, overflow: 'truncate' } },
      series: series.map((s) => ({ type: 'bar', name: s.name, data: s.values.map((v) => v ?? '-') })),
    });
    new ResizeObserver(() => chart.resize()).observe(box);
  });
  return box;
}
