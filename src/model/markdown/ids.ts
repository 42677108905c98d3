/** The CoreHR recruitment id (or another site's vacancy id) carried by an apply link. */
export function vacancyIdOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return /[?&](?:p_recruitment_id|vacancyID|vacancy_id|jobId)=(\d+)/i.exec(url)?.[1];
}
