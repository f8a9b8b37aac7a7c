/**
 * What the server checks that no JSON Schema can state, written once and served as the
 * operations' `description` in the OpenAPI document (the schemas say everything else). The fuzz
 * test's documented exceptions (test/fuzz/schemathesis.toml) are these rules.
 */
const MODELS = 'model slugs must name a model a provider configured on this server serves';

export const evaluatorRules =
  'Checked beyond the schema, each a 422 naming the field: a judge prompt may use only the ' +
  `template variables its mode shows; ${MODELS}; inference parameters the chosen \`api_type\` ` +
  'rejects are refused; code must compile and define `evaluate` (`evaluate_pair` when pairwise), ' +
  'and its requirements must be among the packages this server allows; a comparing evaluator ' +
  '(pairwise, listwise) takes no threshold or scale; a grader evaluator’s grader is checked as an ' +
  'eval’s testing criterion is.';

export const graderRules =
  'Checked beyond the schema, each answered naming the field: a label model grader’s ' +
  '`passing_labels` must be among its `labels`; a score range’s low must be below its high; ' +
  `Python must compile; templates may use only the variables of the template grammar; ${MODELS}.`;

export const evaluationRunRules =
  'Checked beyond the schema: the rules between a run’s two sides (a 400 when both generate); ' +
  `${MODELS} (422 naming the field).`;

export const evalRunRules =
  'Checked beyond the schema, each answered naming the field: when the items carry no `sample`, ' +
  'the data source needs a `model` and input messages to generate one; tool calling is ' +
  `recognised and answered 400 \`unsupported_feature\`; ${MODELS}.`;

export const fileRules =
  'The content must be JSON lines of `{"item": {...}, "sample"?: {...}}` (the multipart schema can ' +
  'only call it binary); anything else is a 400 naming the line.';

export const webhookUrlRules =
  'The URL’s host is resolved and every address it names is checked against the refused ranges ' +
  '(loopback, private, link-local, cloud metadata): such a URL is a 422 on `url`.';

export const labelRules =
  'Each label is checked against the evaluator it labels: a score must lie on its scale (its ' +
  'declared `score_range`, 0–1 for judges and graders), and an item may be labelled once per ' +
  'request; either is a 422 naming the label’s field.';
