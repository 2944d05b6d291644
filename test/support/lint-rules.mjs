/**
 * Lint rules for the tests themselves. `no-return-before-assertion`: a test body that can `return` before its
 * first assertion passes without checking anything whenever that path is taken (`if (!model) return;`).
 * eslint-plugin-jest's expect-expect covers bodies with no assertion at all; this covers the early exit.
 */

/** `a.b.c` for an identifier or member chain, looking through calls (`it.each(rows)` → `it.each`). */
function nodeName(node) {
  if (node.type === "Identifier") return node.name;
  if (node.type === "MemberExpression" && !node.computed && node.property.type === "Identifier") {
    const object = nodeName(node.object);
    return object === null ? null : `${object}.${node.property.name}`;
  }
  if (node.type === "CallExpression") return nodeName(node.callee);
  if (node.type === "TaggedTemplateExpression") return nodeName(node.tag);
  return null;
}

/** The same star patterns as jest/expect-expect's assertFunctionNames: `*` within a name part, `**` across parts. */
function matcher(patterns) {
  const regexps = patterns.map((p) => new RegExp(`^${p.split(".").map((part) => (part === "**" ? "[\\w.]*" : part.replace(/\*/g, "\\w*"))).join("\\.")}(\\.|$)`));
  return (name) => name !== null && regexps.some((r) => r.test(name));
}

const TEST_CALL = /^(it|test|fit|xit|xtest)(\.(only|skip|concurrent|failing|each))*$/;
const isFunction = (node) => node.type === "ArrowFunctionExpression" || node.type === "FunctionExpression";

/** Every node below `node`, entering nested functions only when `intoFunctions`. */
function* descendants(node, keys, intoFunctions) {
  for (const key of keys[node.type] ?? []) {
    for (const child of [node[key]].flat()) {
      if (!child || typeof child.type !== "string") continue;
      yield child;
      if (intoFunctions || !isFunction(child)) yield* descendants(child, keys, intoFunctions);
    }
  }
}

const noReturnBeforeAssertion = {
  meta: {
    type: "problem",
    docs: { description: "A test must not return before its first assertion: that path passes without checking anything." },
    messages: { early: "This return comes before the test's first assertion: on this path the test checks nothing. Assert what the path means instead." },
    schema: [{
      type: "object",
      properties: {
        assertFunctionNames: { type: "array", items: { type: "string" } },
        additionalTestBlockFunctions: { type: "array", items: { type: "string" } },
      },
      additionalProperties: false,
    }],
  },
  create(context) {
    const { assertFunctionNames = ["expect"], additionalTestBlockFunctions = [] } = context.options[0] ?? {};
    const isAssertion = matcher(assertFunctionNames);
    const keys = context.sourceCode.visitorKeys;
    /** Where the first assertion at or below `node` starts (nested callbacks included), or Infinity. */
    const firstAssertion = (node) => Math.min(...[node, ...descendants(node, keys, true)]
      .filter((n) => n.type === "CallExpression" && isAssertion(nodeName(n.callee))).map((n) => n.range[0]));
    return {
      CallExpression(node) {
        const name = nodeName(node.callee);
        if (name === null || !(TEST_CALL.test(name) || additionalTestBlockFunctions.includes(name))) return;
        const body = node.arguments.findLast(isFunction);
        if (!body || body.body.type !== "BlockStatement") return;
        const limit = firstAssertion(body.body);
        for (const n of descendants(body.body, keys, false)) {
          if (n.type === "ReturnStatement" && n.range[0] < limit && !(n.argument && firstAssertion(n.argument) < Infinity)) context.report({ node: n, messageId: "early" });
        }
      },
    };
  },
};

export default { rules: { "no-return-before-assertion": noReturnBeforeAssertion } };
