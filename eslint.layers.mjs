// The floors of Retro Coach (docs/architecture.md), as an ESLint rule: each file may import
// only from the floors its layer allows. An allowlist, so a new kind of import is refused
// until the architecture says where it belongs.
import path from 'node:path';

const SURFACES = ['session', 'prompts', 'quick', 'actions', 'review', 'views', 'history', 'share', 'export', 'diagnostics'];
/** Leaf tables any VS Code-side file may read: command ids, setting keys. */
const TABLES = ['src/commands.ts', 'src/settings.ts'];
/** What browser code may share with the host: the protocols, their guards, pure model constants. */
const PROTOCOLS = ['src/webview/session/protocol.ts', 'src/webview/review/protocol.ts', 'src/webview/shared/guards.ts'];
/** Pure core modules browser code may bundle: model constants, utilities, and the charts' geometry (one model for panel and report). */
const PURE_MODEL = ['src/core/model/reflection.ts', 'src/core/model/ids.ts', 'src/core/util/', 'src/core/insights/chartModel.ts'];
const NODE = (name) => name.startsWith('node:');

/** Each layer: which files it covers, which project paths and which packages they may import. */
export const LAYERS = [
  { name: 'core', covers: (f) => f.startsWith('src/core/'), paths: ['src/core/'], packages: (p) => NODE(p) || p === 'yaml',
    why: 'src/core is the pure domain: it may import only src/core, Node built-ins and yaml.' },
  { name: 'host', covers: (f) => f.startsWith('src/host/'), paths: ['src/core/', 'src/host/', ...TABLES, ...PROTOCOLS], packages: (p) => NODE(p) || p === 'vscode',
    why: 'src/host is the shared kit: it may import src/core, src/host, the tables and protocols, never a surface.' },
  { name: 'surface', covers: (f) => SURFACES.includes(f.split('/')[1]), paths: (f) => ['src/core/', 'src/host/', ...TABLES, ...PROTOCOLS, `src/${f.split('/')[1]}/`],
    packages: (p) => NODE(p) || p === 'vscode',
    why: 'A surface may import src/core, src/host, the tables, the protocols and its own folder, never another surface.' },
  { name: 'cli', covers: (f) => f.startsWith('src/cli/'), paths: ['src/core/', 'src/cli/'], packages: NODE,
    why: 'The CLI runs on plain Node: it may import src/core and src/cli only.' },
  { name: 'webview', covers: (f) => f.startsWith('src/webview/'), paths: (f) => ['src/webview/shared/', ...PROTOCOLS, ...PURE_MODEL, `src/webview/${f.split('/')[2]}/`],
    packages: () => false,
    why: 'Browser code may import src/webview/shared, its own app, the protocols, pure model constants and the chart model; no Node, no vscode.' },
  { name: 'extension', covers: (f) => f === 'src/extension.ts', paths: ['src/'], packages: (p) => NODE(p) || p === 'vscode',
    why: 'extension.ts wires surfaces to the host kit.' },
];

const rule = {
  meta: { type: 'problem', schema: [], messages: { refused: '{{layer}} may not import "{{source}}". {{why}}' } },
  create(context) {
    const file = path.relative(context.cwd, context.filename).split(path.sep).join('/');
    const layer = LAYERS.find((l) => l.covers(file));
    if (!layer) return {};
    const allowedPaths = typeof layer.paths === 'function' ? layer.paths(file) : layer.paths;
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      // Browser code may name the core's types: a type-only import bundles nothing.
      if (layer.name === 'webview' && node.importKind === 'type' && source.includes('/core/')) return;
      let ok;
      if (source.startsWith('.')) {
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), source));
        ok = allowedPaths.some((p) => (p.endsWith('/') ? `${target}/`.startsWith(p) : target === p.replace(/\.ts$/, '') || `${target}.ts` === p || target === p));
      } else {
        ok = layer.packages(source);
      }
      if (!ok) context.report({ node, messageId: 'refused', data: { layer: `${file} (${layer.name})`, source, why: layer.why } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export const layersPlugin = { rules: { floors: rule } };
