/** The topics a release may name in `topics`. An unknown slug stops the build. */
import type { Topic } from "../src/lib/topics.ts";

export const topics: readonly Topic[] = [
  { slug: "youth-services", title: "Youth services", description: "Services and support for young people outside school." },
  { slug: "local-authorities", title: "Local authorities", description: "Councils and the children's services they run and commission." },
  { slug: "schools", title: "Schools", description: "Inspection of maintained schools and academies." },
  { slug: "early-years", title: "Early years and childcare", description: "Nurseries, childminders and other early years providers." },
  { slug: "social-care", title: "Children's social care", description: "Children's homes, fostering, adoption and child protection." },
  { slug: "further-education-and-skills", title: "Further education and skills", description: "Colleges, apprenticeships, adult learning and training in prisons." },
  { slug: "teacher-training", title: "Initial teacher training", description: "Inspection of the training of new teachers." },
  { slug: "corporate", title: "About Ofsted", description: "Ofsted's own plans, reports and appointments." },
];

export default topics;
