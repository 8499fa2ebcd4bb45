import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

/** The small figure tables of the result cards (評価集計, 進捗評価の推移): one look for both. */
export const useTableStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  caption: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    paddingBottom: tokens.spacingVerticalXS,
  },
  th: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  num: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  td: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  rowHeader: { textAlign: 'start', fontWeight: 'inherit' },
  totalRow: { fontWeight: tokens.fontWeightSemibold, borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}` },
});

/** A figure table's caption and header row: the first column names the rows, the others hold numbers. */
export function TableHead(props: { caption: string; columns: readonly string[] }) {
  const table = useTableStyles();
  return (
    <>
      <caption className={table.caption}>{props.caption}</caption>
      <thead>
        <tr>
          {props.columns.map((name, i) => (
            <th key={i} scope="col" className={i === 0 ? table.th : mergeClasses(table.th, table.num)}>
              {name}
            </th>
          ))}
        </tr>
      </thead>
    </>
  );
}
