import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export interface QueryLimits {
  /** Deepest nesting of fields. */
  maxDepth: number;
  /** Most aliased fields in one document. */
  maxAliases: number;
  /** Highest estimated cost: each field costs 1, multiplied by the `first` of the lists above it. */
  maxCost: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 30, maxCost: 20_000 };

const limitError = (reason: string, message: string) =>
  new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', reason } });

/**
 * One validation rule enforcing depth, alias and cost limits, so an expensive
 * query is refused before any resolver runs.
 */
export function queryLimitsRule(limits: QueryLimits = DEFAULT_LIMITS) {
  return (context: ValidationContext): ASTVisitor => {
    const doc = context.getDocument();
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

    const measure = (set: SelectionSetNode, depth: number, multiplier: number, seen: Set<string>): { depth: number; cost: number; aliases: number } => {
      let maxDepth = depth;
      let cost = 0;
      let aliases = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          if (sel.alias) aliases += 1;
          cost += multiplier;
          if (sel.selectionSet) {
            const firstArg = sel.arguments?.find((a) => a.name.value === 'first');
            const first = firstArg?.value.kind === Kind.INT ? Number(firstArg.value.value) : firstArg ? 100 : 1;
            const inner = measure(sel.selectionSet, depth + 1, multiplier * Math.max(1, first), seen);
            maxDepth = Math.max(maxDepth, inner.depth);
            cost += inner.cost;
            aliases += inner.aliases;
          }
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          const inner = measure(sel.selectionSet, depth, multiplier, seen);
          maxDepth = Math.max(maxDepth, inner.depth);
          cost += inner.cost;
          aliases += inner.aliases;
        } else {
          const name = sel.name.value;
          const frag = fragments.get(name);
          if (!frag || seen.has(name)) continue; // unknown or cyclic fragments are reported by the standard rules
          const inner = measure(frag.selectionSet, depth, multiplier, new Set([...seen, name]));
          maxDepth = Math.max(maxDepth, inner.depth);
          cost += inner.cost;
          aliases += inner.aliases;
        }
      }
      return { depth: maxDepth, cost, aliases };
    };

    return {
      OperationDefinition(node) {
        const m = measure(node.selectionSet, 1, 1, new Set());
        if (m.depth > limits.maxDepth) context.reportError(limitError('DEPTH', `The query is nested ${m.depth} levels deep; the limit is ${limits.maxDepth}.`));
        if (m.aliases > limits.maxAliases) context.reportError(limitError('ALIASES', `The query uses ${m.aliases} aliases; the limit is ${limits.maxAliases}.`));
        if (m.cost > limits.maxCost) context.reportError(limitError('COST', `The query's estimated cost is ${m.cost}; the limit is ${limits.maxCost}.`));
      },
    };
  };
}
