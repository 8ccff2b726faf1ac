// Ordinary English words: a word someone typed that is itself a word is what they meant, never a typo of another
// ("store" is no typo of "score", "white" none of "write", "posts" none of "poster"). Typo tolerance stays for the rest.

/** Common English words that sit within a letter or two of a task word, and the everyday words around them. */
const WORDS = `
a about above add after again all also am an and any app apps are art as ask at audio away back bad base be because been
before best better big bit black blog blue board body book books both box brand bring business but buy by call calls can
card care case cast cat change chart chat cheap check child clean clear click clip clips close cold color come comic
company cool copy cost could course cover create cut data date day deal deck design desk do doc docs does dog done door
down draw drawing each easy edit else email end even event every face fact fall fast feel few file files film find fine
first fit five fix font food for form free friend from full fun game games get gift give go good great green grow guide
had hand hard has have he head help her here high him his home hot house how idea if image in info into is it item its
job just keep key kid kind know last late lead learn less let letter life light like line link list little live local
logo long look lot love low made mail main make man many map mark market may me meet meeting menu mind model more most
move movie much music my name need new news next nice night no not note notes now of off office old on one only open or
order other our out over own page paper part party past people person phone photo photos pick picture place plan play
please plus point post posts poster power price print product project put quick quote rate read real record red report
rest right road room round rule run sale same save say scene school score screen script sea second see sell send set
share shop short shorts show side sign simple site size slide slides small so social some song sort sound source speak
speech start stock store story study style such sure table take talk team tell test text than that the their them then
there these they thing think this those time to today too tool top track trip true turn type up use user video view
voice want was watch water way we web week well were what when where which white who why will with word words work
world write year you young your
`;

const ORDINARY = new Set(WORDS.split(/\s+/).filter(Boolean));

/** Whether a typed word is an ordinary English word, which is only ever read as itself (or its plural). */
export function isOrdinary(word: string): boolean {
  return ORDINARY.has(word) || (word.endsWith("s") && ORDINARY.has(word.slice(0, -1)));
}
