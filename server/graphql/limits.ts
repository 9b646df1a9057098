import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLNamedType,
  type GraphQLOutputType,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';

export interface QueryLimits {
  /** Deepest nesting of fields. */
  maxDepth: number;
  /** Most aliased fields in one document. */
  maxAliases: number;
  /** Highest estimated cost: each field costs 1, times the sizes of the lists above it. */
  maxCost: number;
  /** Assumed size of a list field that takes no `first` argument. */
  defaultListSize: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 30, maxCost: 50_000, defaultListSize: 20 };

const limitError = (reason: string, message: string) => new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', reason } });

function listSize(field: { arguments?: readonly { name: { value: string }; value: ValueNode }[] }, variables: Record<string, unknown>, fallback: number): number {
  const first = field.arguments?.find((a) => a.name.value === 'first');
  if (!first) return fallback;
  if (first.value.kind === Kind.INT) return Math.max(1, Number(first.value.value));
  if (first.value.kind === Kind.VARIABLE) {
    const v = variables[first.value.name.value];
    return typeof v === 'number' && v > 0 ? v : 100;
  }
  return 100;
}

/**
 * One validation rule enforcing depth, alias and cost limits, so an expensive
 * query is refused before any resolver runs. Cost multiplies by list sizes,
 * using `first` where given. Introspection is not counted.
 */
export function queryLimitsRule(limits: QueryLimits = DEFAULT_LIMITS, variables: Record<string, unknown> = {}) {
  return (context: ValidationContext): ASTVisitor => {
    const schema = context.getSchema();
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

    const measure = (set: SelectionSetNode, parent: GraphQLNamedType | undefined, depth: number, multiplier: number, seen: Set<string>) => {
      let maxDepth = depth;
      let cost = 0;
      let aliases = 0;
      const add = (inner: { depth: number; cost: number; aliases: number }) => {
        maxDepth = Math.max(maxDepth, inner.depth);
        cost += inner.cost;
        aliases += inner.aliases;
      };
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          if (sel.name.value.startsWith('__')) continue;
          if (sel.alias) aliases += 1;
          cost += multiplier;
          if (!sel.selectionSet) continue;
          const def = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[sel.name.value] : undefined;
          const type: GraphQLOutputType | undefined = def?.type;
          const list = type ? isListType(getNullableType(type)) || sel.arguments?.some((a) => a.name.value === 'first') : false;
          // A connection's `edges`/`nodes` are already sized by the connection's `first`.
          const connectionPart = sel.name.value === 'edges' || sel.name.value === 'nodes';
          const size = list && !connectionPart ? listSize(sel, variables, limits.defaultListSize) : 1;
          const named = type ? getNamedType(type) : undefined;
          add(measure(sel.selectionSet, named && isCompositeType(named) ? named : undefined, depth + 1, multiplier * size, seen));
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          const cond = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
          add(measure(sel.selectionSet, cond ?? undefined, depth, multiplier, seen));
        } else {
          const name = sel.name.value;
          const frag = fragments.get(name);
          if (!frag || seen.has(name)) continue; // unknown and cyclic fragments are reported by the standard rules
          add(measure(frag.selectionSet, schema.getType(frag.typeCondition.name.value) ?? undefined, depth, multiplier, new Set([...seen, name])));
        }
      }
      return { depth: maxDepth, cost, aliases };
    };

    return {
      OperationDefinition(node) {
        const root = node.operation === 'query' ? schema.getQueryType() : node.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
        const m = measure(node.selectionSet, root ?? undefined, 0, 1, new Set());
        if (m.depth > limits.maxDepth) context.reportError(limitError('DEPTH', `The query is nested ${m.depth} levels deep; the limit is ${limits.maxDepth}.`));
        if (m.aliases > limits.maxAliases) context.reportError(limitError('ALIASES', `The query uses ${m.aliases} aliases; the limit is ${limits.maxAliases}.`));
        if (m.cost > limits.maxCost) context.reportError(limitError('COST', `The query's estimated cost is ${m.cost}; the limit is ${limits.maxCost}.`));
      },
    };
  };
}
