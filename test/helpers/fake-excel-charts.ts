/**
 * Charts in the fake Excel (ExcelApi 1.1–1.8), as Microsoft's reference documents them: a chart
 * belongs to its worksheet (clearing cells leaves it, deleting the sheet takes it); charts.add
 * makes one series per column (seriesBy Columns) of its source range; series.add (1.7) adds an
 * empty series that setValues / setXAxisValues fill; axisGroup (1.8) moves a series to the
 * secondary axes; charts.getItemAt and load('items/name') find existing ones.
 */
import type { CellRange } from '../../src/core/workbook/cell-grid';
import { FakeRichApiError, Loaded, type FakeSheet } from './fake-excel';

export interface FakeChartSeries {
  name: string;
  values?: CellRange;
  categories?: CellRange;
  chartType?: string;
  axisGroup: 'Primary' | 'Secondary';
  fill?: string;
  line?: string;
  markerStyle?: string;
  dataLabels?: { numberFormat?: string; position?: string };
}

export interface FakeChart {
  id: number;
  name: string;
  type: string;
  title?: string;
  legendPosition?: string;
  position?: { from: CellRange; to: CellRange };
  series: FakeChartSeries[];
  /** "Value/Primary" → its scale as set. */
  axes: Record<string, { maximum?: number; minimum?: number; numberFormat?: string }>;
}

/** What a chart proxy needs from its worksheet proxy and the ranges it is given. */
export interface ChartHost {
  readonly sheetName: string;
  readonly ctx: { enqueue(p: { describe: unknown; kind?: string; target?: () => { sheet?: string }; execute: () => unknown }): void };
  resolve(): FakeSheet;
}
export interface ChartRange {
  readonly path: string;
  readonly sheet: { sheetName: string };
  rect(): CellRange | null;
}

let nextChartId = 1;

function rectOf(range: ChartRange, host: ChartHost): CellRange {
  if (range.sheet.sheetName !== host.sheetName)
    throw new FakeRichApiError('InvalidArgument', 'a chart range on another sheet is not modelled');
  const rect = range.rect();
  if (!rect) throw new FakeRichApiError('InvalidObjectPath', `${range.path} is a null object`);
  return rect;
}

class ChartSeriesProxy {
  readonly format: { fill: { setSolidColor: (c: string) => void }; line: { color: string } };
  readonly dataLabels: { numberFormat: string; position: string };

  constructor(
    private readonly chart: ChartProxy,
    private readonly find: (c: FakeChart) => FakeChartSeries,
  ) {
    const set = (what: string, apply: (s: FakeChartSeries) => void) => chart.change(`series.${what}`, (c) => apply(this.find(c)));
    this.format = {
      fill: { setSolidColor: (color: string) => set('format.fill.setSolidColor', (s) => void (s.fill = color)) },
      line: Object.defineProperty({} as { color: string }, 'color', {
        set: (v: string) => set('format.line.color', (s) => void (s.line = v)),
      }),
    };
    this.dataLabels = Object.defineProperties({} as { numberFormat: string; position: string }, {
      numberFormat: {
        set: (v: string) => set('dataLabels.numberFormat', (s) => void (s.dataLabels = { ...s.dataLabels, numberFormat: v })),
      },
      position: { set: (v: string) => set('dataLabels.position', (s) => void (s.dataLabels = { ...s.dataLabels, position: v })) },
    });
  }

  set name(v: string) {
    this.chart.change('series.name', (c) => void (this.find(c).name = v));
  }
  set chartType(v: string) {
    this.chart.change('series.chartType', (c) => void (this.find(c).chartType = v));
  }
  set axisGroup(v: 'Primary' | 'Secondary') {
    this.chart.change('series.axisGroup', (c) => void (this.find(c).axisGroup = v));
  }
  set markerStyle(v: string) {
    this.chart.change('series.markerStyle', (c) => void (this.find(c).markerStyle = v));
  }
  set hasDataLabels(v: boolean) {
    this.chart.change('series.hasDataLabels', (c) => {
      const s = this.find(c);
      s.dataLabels = v ? (s.dataLabels ?? {}) : undefined;
    });
  }
  setValues(range: ChartRange) {
    this.chart.change('series.setValues', (c) => void (this.find(c).values = rectOf(range, this.chart.host)));
  }
  setXAxisValues(range: ChartRange) {
    this.chart.change('series.setXAxisValues', (c) => void (this.find(c).categories = rectOf(range, this.chart.host)));
  }
}

/** A chart added in this batch or an item of a loaded collection: it finds its model by id when the batch runs. */
export class ChartProxy {
  id: number | undefined;
  readonly loaded = new Loaded('chart');
  readonly title: { text: string };
  readonly legend: { position: string };
  readonly series: { getItemAt: (i: number) => ChartSeriesProxy; add: (name?: string) => ChartSeriesProxy };
  readonly axes: { getItem: (type: string, group?: string) => { maximum: number; minimum: number; numberFormat: string } };

  constructor(readonly host: ChartHost) {
    this.title = Object.defineProperty({} as { text: string }, 'text', {
      set: (v: string) => this.change('title.text', (c) => void (c.title = v)),
    });
    this.legend = Object.defineProperty({} as { position: string }, 'position', {
      set: (v: string) => this.change('legend.position', (c) => void (c.legendPosition = v)),
    });
    this.series = {
      getItemAt: (i: number) =>
        new ChartSeriesProxy(this, (c) => {
          const s = c.series[i];
          if (!s) throw new FakeRichApiError('ItemNotFound', `chart has no series ${i}`);
          return s;
        }),
      add: (name?: string) => {
        let added: FakeChartSeries | undefined;
        this.change('series.add', (c) => {
          added = { name: name ?? `Series${c.series.length + 1}`, axisGroup: 'Primary' };
          c.series.push(added);
        });
        return new ChartSeriesProxy(this, () => {
          if (!added) throw new Error('fake Excel: series used before its add() ran');
          return added;
        });
      },
    };
    this.axes = {
      getItem: (type: string, group = 'Primary') => {
        const key = `${type}/${group}`;
        const set = (what: 'maximum' | 'minimum' | 'numberFormat') => ({
          set: (v: number | string) => this.change(`axes.${key}.${what}`, (c) => void (c.axes[key] = { ...c.axes[key], [what]: v })),
        });
        return Object.defineProperties({} as { maximum: number; minimum: number; numberFormat: string }, {
          maximum: set('maximum'),
          minimum: set('minimum'),
          numberFormat: set('numberFormat'),
        });
      },
    };
  }

  /** Queues a change to this chart's model, found by id when the batch runs. */
  change(what: string, apply: (chart: FakeChart) => void) {
    this.host.ctx.enqueue({
      describe: { path: `${this.host.sheetName}.charts(${this.id ?? 'new'})`, set: what },
      kind: 'chart',
      target: () => ({ sheet: this.host.sheetName }),
      execute: () => {
        const chart = this.host.resolve().charts.find((c) => c.id === this.id);
        if (!chart) throw new FakeRichApiError('ItemNotFound', 'the chart no longer exists');
        apply(chart);
      },
    });
  }

  get name() {
    return this.loaded.get('name') as string;
  }
  set name(v: string) {
    this.change('name', (c) => void (c.name = v));
  }

  setPosition(start: ChartRange, end: ChartRange) {
    this.change('setPosition', (c) => void (c.position = { from: rectOf(start, this.host), to: rectOf(end, this.host) }));
  }

  delete() {
    this.host.ctx.enqueue({
      describe: { path: `${this.host.sheetName}.charts(${this.id})`, call: 'delete' },
      kind: 'chart',
      target: () => ({ sheet: this.host.sheetName }),
      execute: () => {
        const sheet = this.host.resolve();
        sheet.charts = sheet.charts.filter((c) => c.id !== this.id);
      },
    });
  }
}

export class ChartCollectionProxy {
  private readonly loaded = new Loaded('charts');
  constructor(private readonly host: ChartHost) {}

  get items(): ChartProxy[] {
    return this.loaded.get('items') as ChartProxy[];
  }

  load(props: string) {
    if (props !== 'items/name') throw new Error(`fake Excel: ChartCollection.load('${props}') is not modelled`);
    this.host.ctx.enqueue({
      describe: { path: `${this.host.sheetName}.charts`, load: ['items/name'] },
      execute: () => {
        const charts = this.host.resolve().charts.map((c) => ({ id: c.id, name: c.name }));
        return {
          response: charts.map((c) => c.name),
          commit: () =>
            this.loaded.set({
              items: charts.map((c) => {
                const proxy = new ChartProxy(this.host);
                proxy.id = c.id;
                proxy.loaded.set({ name: c.name });
                return proxy;
              }),
            }),
        };
      },
    });
  }

  add(type: string, source: ChartRange, seriesBy = 'Auto'): ChartProxy {
    const proxy = new ChartProxy(this.host);
    this.host.ctx.enqueue({
      describe: { path: `${this.host.sheetName}.charts`, call: 'add', args: [type, source.path, seriesBy] },
      kind: 'chart',
      target: () => ({ sheet: this.host.sheetName }),
      execute: () => {
        if (seriesBy !== 'Columns') throw new Error('fake Excel: charts.add is modelled for seriesBy Columns');
        const rect = rectOf(source, this.host);
        const series: FakeChartSeries[] = [];
        for (let col = rect.left; col <= rect.right; col++) {
          series.push({ name: `Series${series.length + 1}`, values: { ...rect, left: col, right: col }, axisGroup: 'Primary' });
        }
        const id = nextChartId++;
        this.host.resolve().charts.push({ id, name: `Chart ${id}`, type, series, axes: {} });
        proxy.id = id;
      },
    });
    return proxy;
  }
}
