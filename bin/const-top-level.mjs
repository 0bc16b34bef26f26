/**
 * Gives a bundle's module constants back their `const`. esbuild writes every top-level `const` of a bundle as `var`
 * (for Safari's sake; it has no option to keep them, evanw/esbuild#623). V8 treats the two differently: TurboFan
 * embeds the value of a module `const` in the optimized code, while it loads a `var` from the module's context and
 * checks its map at every use. The extractor reads hundreds of module constants (word sets, tables, bit masks) in its
 * hot functions, so the CLI that runs it over many articles pays for that in compile work and in steady time.
 *
 * A top-level `var` (or `let`) becomes `const` only when that is sure to mean the same: every name it declares has an
 * initializer and is never a target of an assignment, an update or a for-in/of anywhere in the file (a name assigned in
 * any scope at all is left alone, whatever it refers to there), and no other declaration of the name shares the module's
 * scope (a second top-level `var`, a function of the name, a `var` in a block outside any function). What it cannot
 * check is an initialization order that reads a constant before its declaration runs: that throws at import, so any
 * run of the CLI finds it (the tests run the built CLI).
 */
import { parse } from 'acorn';

const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'StaticBlock']);

/** The names a binding pattern (or an assignment target) holds. */
function namesOf(pattern, out) {
  switch (pattern?.type) {
    case 'Identifier':
      out.push(pattern.name);
      break;
    case 'ObjectPattern':
      for (const p of pattern.properties) namesOf(p.type === 'RestElement' ? p.argument : p.value, out);
      break;
    case 'ArrayPattern':
      for (const p of pattern.elements) namesOf(p, out);
      break;
    case 'RestElement':
      namesOf(pattern.argument, out);
      break;
    case 'AssignmentPattern':
      namesOf(pattern.left, out);
      break;
    default: // a member expression: no binding
  }
  return out;
}

/** Returns `code` with its qualifying top-level `var`/`let` declarations written `const`, and how many it changed. */
export function constTopLevel(code) {
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  const assigned = new Set();
  /** Declarations in the module's scope, by name: top-level ones, hoisted block `var`s, top-level functions and classes. */
  const declared = new Map();
  const declare = (name) => declared.set(name, (declared.get(name) ?? 0) + 1);

  const top = [];
  for (const stmt of ast.body) {
    const node = stmt.type === 'ExportNamedDeclaration' && stmt.declaration ? stmt.declaration : stmt;
    if (node.type === 'VariableDeclaration') {
      for (const d of node.declarations) for (const n of namesOf(d.id, [])) declare(n);
      if (node.kind !== 'const') top.push(node);
    } else if ((node.type === 'FunctionDeclaration' || node.type === 'ClassDeclaration') && node.id) declare(node.id.name);
  }

  const walk = (node, inFunction) => {
    if (!node || typeof node.type !== 'string') return;
    switch (node.type) {
      case 'AssignmentExpression':
        namesOf(node.left, []).forEach((n) => assigned.add(n));
        break;
      case 'UpdateExpression':
        namesOf(node.argument, []).forEach((n) => assigned.add(n));
        break;
      case 'ForInStatement':
      case 'ForOfStatement':
        if (node.left.type !== 'VariableDeclaration') namesOf(node.left, []).forEach((n) => assigned.add(n));
        break;
      case 'VariableDeclaration':
        // A `var` in a block outside any function is hoisted into the module's scope.
        if (node.kind === 'var' && !inFunction) for (const d of node.declarations) namesOf(d.id, []).forEach(declare);
        break;
      default:
    }
    const fn = inFunction || FUNCTIONS.has(node.type);
    for (const key of Object.keys(node)) {
      const v = node[key];
      if (Array.isArray(v)) for (const c of v) walk(c, fn);
      else if (v && typeof v.type === 'string') walk(v, fn);
    }
  };
  for (const stmt of ast.body) {
    const node = stmt.type === 'ExportNamedDeclaration' && stmt.declaration ? stmt.declaration : stmt;
    if (node.type === 'VariableDeclaration') {
      for (const d of node.declarations) walk(d, false); // the declaration itself is counted above
    } else walk(stmt, false);
  }

  const edits = [];
  for (const node of top) {
    const ok = node.declarations.every((d) => d.init && namesOf(d.id, []).every((n) => !assigned.has(n) && declared.get(n) === 1));
    if (ok) edits.push(node);
  }
  let out = '';
  let from = 0;
  for (const node of edits) {
    out += `${code.slice(from, node.start)}const`;
    from = node.start + node.kind.length;
  }
  return { code: out + code.slice(from), changed: edits.length, kept: top.length - edits.length };
}
