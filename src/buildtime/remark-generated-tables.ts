/**
 * Remark plugin: expands <Paragrafnycklar />, <Lagandringar />, <RocKommuner /> and <Straffskalor />
 * into tables built from the provision registry, content/roc and content/straffskalor.ts at build time, so the "Lagändringar och paragrafnycklar" chapter is generated
 * from `content/lagrum.ts` and never typed twice. Runs before remarkLagrum, which then inlines the
 * citations in the generated cells like any other.
 */
import type { Plugin } from 'unified';
import { lagrum } from '../../content/lagrum.ts';
import type { Provision } from '../law/types.ts';
import { rocKommuner, rocStatusText } from '../../content/roc/kommuner.ts';
import { straffskalor, lagstaStraffText, narGransen, STRAFFSKALOR_FORBEHALL } from '../../content/straffskalor.ts';

type Node = { type: string; name?: string | null; children?: Node[]; [k: string]: unknown };

const text = (value: string): Node => ({ type: 'text', value });
const cite = (id: string): Node => ({
  type: 'mdxJsxTextElement',
  name: 'Lagrum',
  attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }],
  children: [],
});
const cell = (...children: Node[]): Node => ({ type: 'tableCell', children });
const row = (...cells: Node[]): Node => ({ type: 'tableRow', children: cells });
const table = (header: string[], rows: Node[]): Node => ({
  type: 'table',
  align: header.map(() => 'left'),
  children: [row(...header.map((h) => cell(text(h)))), ...rows],
});

const entries = () => Object.entries(lagrum) as [string, Provision][];

function paragraphKeys(): Node {
  const rows = entries()
    .filter(([, p]) => p.former)
    .sort(([, a], [, b]) => a.former!.citation.localeCompare(b.former!.citation, 'sv', { numeric: true }))
    .map(([id, p]) => row(cell(text(p.former!.citation)), cell(cite(id)), cell(text(p.title)), cell(text(p.former!.note ?? ''))));
  return table(['Tidigare (gamla SoL 2001:453)', 'Nu', 'Vad det gäller', 'Anmärkning'], rows);
}

function changes(): Node {
  const rows = entries()
    .flatMap(([id, p]) => (p.history ?? []).map((h) => ({ id, ...h })))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((h) => row(cell(text(h.date)), cell(cite(h.id)), cell(text(h.sfs ? `SFS ${h.sfs}` : '–')), cell(text(h.text))));
  return table(['Gäller från', 'Lagrum', 'Ändring', 'Vad som ändrades'], rows);
}

function rocMunicipalities(): Node {
  const rows = rocKommuner.map((k) =>
    row(cell(text(k.namn)), cell(text(rocStatusText(k))), cell(text(`${k.kalla}${k.anmarkning ? ` ${k.anmarkning}` : ''}`)), cell(text(k.kontrollerad))),
  );
  return table(['Kommun', 'Status', 'Källa och anmärkning', 'Kontrollerad'], rows);
}

/** The dated penalty table behind OSL 10:23 (content/straffskalor.ts), with its caveat under it. */
function penalties(): Node {
  const yesNo = (b: boolean) => (b ? 'Ja' : 'Nej');
  const rows = straffskalor.map((s) =>
    row(
      cell(text(s.brott)),
      cell(text(s.grad)),
      cell('id' in s.bestammelse ? cite(s.bestammelse.id) : text(s.bestammelse.citat)),
      cell(text(lagstaStraffText(s.lagsta))),
      cell(text(yesNo(narGransen(s, '6-manader')))),
      cell(text(yesNo(narGransen(s, '1-ar')))),
      cell(text(`${s.kontrollerad}. ${s.verifierad ? 'Läst i lagtexten.' : 'Delvis kontrollerat.'}${s.anmarkning ? ` ${s.anmarkning}` : ''}`)),
    ),
  );
  const caveat: Node = { type: 'paragraph', children: [{ type: 'strong', children: [text('Kontrollera straffskalan: ')] }, text(STRAFFSKALOR_FORBEHALL)] };
  return {
    type: 'root',
    children: [
      table(['Brott', 'Grad', 'Bestämmelse', 'Lägsta straff', 'Når 6 månader (fullbordat brott)?', 'Når 1 år (försök, förberedelse, stämpling)?', 'Kontrollerad'], rows),
      caveat,
    ],
  };
}

const GENERATORS: Record<string, () => Node> = {
  Paragrafnycklar: paragraphKeys,
  Lagandringar: changes,
  RocKommuner: rocMunicipalities,
  Straffskalor: penalties,
};

export const remarkGeneratedTables: Plugin = () => (tree) => {
  const visit = (node: Node) => {
    if (!node.children) return;
    // A generator may return a root: its children take the element's place (a table and its caveat).
    node.children = node.children.flatMap((child) => {
      if (child.type !== 'mdxJsxFlowElement' || !child.name || !GENERATORS[child.name]) return [child];
      const generated = GENERATORS[child.name]();
      return generated.type === 'root' ? (generated.children ?? []) : [generated];
    });
    node.children.forEach(visit);
  };
  visit(tree as unknown as Node);
};
