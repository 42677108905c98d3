/**
 * The words that tell a post from the text around it: job titles, section
 * labels, history and "coming soon". Kept in one place, and kept general —
 * they are how labs in many countries write, not how one page does.
 *
 * Every pattern is linear: alternations of fixed words joined by single
 * bounded gaps, anchored where it matters, and only run on short texts
 * (headings, bold lines, link texts, the first clause of an item).
 */

/**
 * A job title word: "Postdoctoral Research Assistant", "Research Fellow",
 * "PhD studentship", "Research Software Engineer", "Technician", "Lecturer",
 * "RSE", "Data Steward". Its match starts where the title does ("Research"
 * of "Research Associate").
 */
export const JOB_TITLE =
  /\b(?:(?:senior|junior|principal|lead)\s+)?(?:(?:post-?doc(?:toral)?|research|software|data|clinical|lab(?:oratory)?|technical)\s+){0,3}(?:assistants?|associates?|fellows?|fellowships?|scientists?|engineers?|technicians?|specialists?|managers?|developers?|stewards?|lecturers?|professors?|researchers?|studentships?|officers?|analysts?|coordinators?|bioinformaticians?|statisticians?|programmers?|curators?|interns?|internships?)\b|\b(?:group|team)\s+leaders?\b|\bprincipal\s+investigators?\b|\bpost-?docs?\b|\bpost-?doctoral\b|\bph\.?\s?d\b|\bdoctoral\b|\brses?\b|\bktp\b/i;

/** Whether `text` names a kind of post. */
export function namesJob(text: string): boolean {
  return JOB_TITLE.test(text);
}

/**
 * A section label: words that head a part of an advert or a list of posts,
 * never the post itself — "How to apply", "About the role", "Open positions",
 * "We're hiring!", "Vacancies for post-doctoral positions", "Postdoc
 * opportunities", "Job advertisement", "Deadline", "Contact".
 */
const LABEL_WORDS =
  /^(?:introduction|welcome|home|index|news|people|team|(?:how\s+to\s+)?apply(?:ing)?|applications?|application\s+(?:procedure|process|details)|to\s+apply|about(?:\s+\w+){0,3}|general|overview|summary|description|details|contact(?:\s+\w+)?|deadlines?|closing\s+date|eligibility|requirements?|qualifications?|skills?|duties|responsibilities|compensation|salary|benefits|what\s+we\s+offer|(?:we\s+)?offer|(?:who|what|why|where|when)(?:\s+[\w'’]+){1,4}|your\s+\w+|the\s+(?:role|position|post|project|job)|position|role|project|key\s+dates|start\s+date|location|funding|job\s+(?:scope|description|details|advert(?:isement)?|ad)|advert(?:isement)?|join(?:\s+(?:us|(?:the|our)\s+\w+))?|work(?:ing)?\s+with\s+us|get\s+involved|joining(?:\s+\w+){0,2}|we(?:'|’)?re\s+hiring|we\s+are\s+hiring|now\s+hiring|hiring|recruitment|careers?|jobs?|vacanc(?:y|ies)|opportunit(?:y|ies))$/i;
/** A heading over a list of posts: "Current Vacancies", "Postdoc opportunities", "Vacancies for post-doctoral positions". */
const CATEGORY_END = /\b(?:vacancies|positions|posts|openings|opportunities|roles|jobs)[\s:!.]*$/i;

/** A heading that ends as a part of an advert does: "Skills/Capability required", "Other information", "Key responsibilities". */
const LABEL_END = /\b(?:information|details|description|requirements?|required|criteria|responsibilities|duties|skills|eligibility|timeline|preferences|benefits|overview|summary|contacts?|process|procedure|specification)[\s:!.]*$/i;
/** A heading that opens as a list of posts does: "Open positions in the eScience Lab", "Opportunities at …", "Join our lab". */
const LABEL_START = /^(?:(?:current|open|available)\s+)?(?:vacancies|positions|openings|opportunities|jobs|careers|join(?:ing)?|work(?:ing)?\s+with)\b/i;

/** Whether `text` is a section label rather than the name of a post. */
export function isLabel(text: string): boolean {
  if (text.length > 160) return false;
  const t = text.replace(/[*_:!.?\s]+$/, '').replace(/^[\s*_]+/, '').trim();
  const words = t.replace(/^(?:(?:current(?:ly)?|open|new|our|the|available)\s+){1,3}/i, '');
  return LABEL_WORDS.test(words) || CATEGORY_END.test(t) || (!namesJob(t) && (LABEL_END.test(t) || LABEL_START.test(t)));
}

/** History: a post that is no longer open, or a section that lists them. */
const HISTORY = /\b(?:previous|past|former|closed|expired|archived?)\s+(?:openings?|positions?|vacanc(?:y|ies)|posts?|opportunit(?:y|ies)|adverts?|jobs?)\b|\bdeadline\s+(?:has\s+)?passed\b|[([]\s*(?:(?:position|post|role|vacancy)\s+)?(?:now\s+)?(?:filled|closed|expired)\s*[)\]]|^\s*(?:filled|closed|expired)\b(?!-)|[-–—:]\s*(?:now\s+)?(?:filled|closed|expired)[\s.!]*$|\bapplications?\s+(?:are\s+|have\s+)?(?:now\s+)?closed\b|\b(?:position|post|role)\s+(?:has\s+(?:now\s+)?been|is\s+now)\s+filled\b|\bno\s+longer\s+(?:open|available|accepting)\b/i;

/** Whether a heading, bold line or item says the posts under it are history. */
export function isHistory(text: string): boolean {
  return HISTORY.test(text);
}

/** Not yet a post: "Coming soon (July 2022)", "Future positions". */
export function isComingSoon(text: string): boolean {
  return /\b(?:coming\s+soon|future\s+(?:positions|posts|vacancies|openings)|to\s+be\s+advertised)\b/i.test(text);
}

/** An institution: "University of Manchester", "IT University of Copenhagen", "King's College London". */
export function isInstitution(text: string): boolean {
  const t = text.trim();
  return t.length < 90 && /\b(?:universit(?:y|ät|é|à|eit)|institut(?:e|o)?|college|school|centre|center|laborator(?:y|ies)|lab|group|team|department|faculty)\b/i.test(t) && !namesJob(t);
}
