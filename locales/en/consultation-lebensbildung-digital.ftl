# Texts of the example consultation "lebensbildung.digital".

lebensbildung-digital-title = lebensbildung.digital – digitalisation and society
lebensbildung-digital-intro = Digitalisation is changing our lives – in the family, in learning, in culture and sport. The Ministry for Family, Children, Youth, Culture and Sport of the State of North Rhine-Westphalia would like to know how you experience this: what helps you, what worries you, and what should the state tackle? It takes about five minutes. At the end you can also submit an idea of your own.

## Questions

lebensbildung-digital-q-rolle = In which role are you taking part? (Professional means: you work with children, young people or families, or in culture or sport.)
lebensbildung-digital-q-rolle-buerger = As a citizen
lebensbildung-digital-q-rolle-fachkraft = As a professional
lebensbildung-digital-q-rolle-verwaltung = From public administration
lebensbildung-digital-q-rolle-wissenschaft = From science or research
lebensbildung-digital-q-rolle-andere = Other

lebensbildung-digital-q-alter = How old are you?

lebensbildung-digital-q-alltag = How much does digitalisation change your everyday life?
lebensbildung-digital-q-alltag-min = not at all
lebensbildung-digital-q-alltag-max = very much

lebensbildung-digital-q-chancen = Where does digitalisation help you most?
lebensbildung-digital-q-chancen-kontakt = Staying in touch
lebensbildung-digital-q-chancen-informieren = Finding information
lebensbildung-digital-q-chancen-lernen = Learning and training
lebensbildung-digital-q-chancen-arbeit = Work and career
lebensbildung-digital-q-chancen-freizeit = Culture, sport, leisure
lebensbildung-digital-q-chancen-erledigen = Getting things done quickly
lebensbildung-digital-q-chancen-keine = Not really at all

lebensbildung-digital-q-sorgen = What worries you about digitalisation?
lebensbildung-digital-q-sorgen-daten = Data protection and privacy
lebensbildung-digital-q-sorgen-hass = Hate and false news
lebensbildung-digital-q-sorgen-kinder = Children and young people online
lebensbildung-digital-q-sorgen-abgehaengt = Some people get left behind
lebensbildung-digital-q-sorgen-stress = Always being reachable
lebensbildung-digital-q-sorgen-begegnung = Fewer real encounters
lebensbildung-digital-q-sorgen-keine = Nothing really

lebensbildung-digital-q-lernen = Learning never stops: where would you like to learn more about computers, phones and the internet?
lebensbildung-digital-q-lernen-vhs = At an adult education centre
lebensbildung-digital-q-lernen-bibliothek = At the library
lebensbildung-digital-q-lernen-familie = In parent and family courses
lebensbildung-digital-q-lernen-jugend = At a youth centre or club
lebensbildung-digital-q-lernen-online = Online, with courses and videos
lebensbildung-digital-q-lernen-privat = From family and friends
lebensbildung-digital-q-lernen-keine = I don't need it right now

lebensbildung-digital-q-kultur = Which digital offers would you like in culture and sport?
lebensbildung-digital-q-kultur-museen = Museums and archives online
lebensbildung-digital-q-kultur-buehne = Concerts and theatre streamed
lebensbildung-digital-q-kultur-kreativ = Be creative: music, film, games
lebensbildung-digital-q-kultur-bewegung = Training by app or video
lebensbildung-digital-q-kultur-verein = Running club life online
lebensbildung-digital-q-kultur-buchen = Booking courses, tickets, halls
lebensbildung-digital-q-kultur-vorort = None – rather in person

lebensbildung-digital-q-verwaltung = How well can you deal with public authorities online today, for example applications or appointments? If you have not tried it yet, just skip the question.
lebensbildung-digital-q-verwaltung-min = very badly
lebensbildung-digital-q-verwaltung-max = very well

lebensbildung-digital-q-verbesserung = What did not work – and what should improve first?

lebensbildung-digital-q-beteiligt = Have you ever taken part in public participation online, for example a survey by an authority or an idea competition?

lebensbildung-digital-q-erfahrung = What did you like about it – and what was missing?

lebensbildung-digital-q-kanal = How would you most like to have your say in future?
lebensbildung-digital-q-kanal-messenger = In a messenger, like here
lebensbildung-digital-q-kanal-plattform = On a website
lebensbildung-digital-q-kanal-veranstaltung = At meetings in person
lebensbildung-digital-q-kanal-post = By post or telephone

lebensbildung-digital-q-prioritaeten = What should the ministry tackle first?
lebensbildung-digital-q-prioritaeten-lernen = Learning at every age
lebensbildung-digital-q-prioritaeten-jugend = Empower children and youth online
lebensbildung-digital-q-prioritaeten-teilhabe = Leave no one behind
lebensbildung-digital-q-prioritaeten-kultur = Culture and sport online
lebensbildung-digital-q-prioritaeten-dienste = Simple online services
lebensbildung-digital-q-prioritaeten-mitreden = More say for everyone

lebensbildung-digital-q-anmerkungen = Finally: is there anything else you would like to tell the ministry – a chance, a worry or a wish? You can submit an idea of your own right after this.

## For invited experts only

lebensbildung-digital-q-einschaetzung = For experts: how well is the administration in NRW prepared for the digital transformation?
lebensbildung-digital-q-einschaetzung-min = not at all
lebensbildung-digital-q-einschaetzung-max = very well
lebensbildung-digital-q-empfehlung = For experts: what do you recommend the ministry as the next step?

## Idea competition

lebensbildung-digital-field-ausrichtung = Living and learning in a digital world
lebensbildung-digital-field-arbeitsprozesse = Simple, digital administration
lebensbildung-digital-field-partizipation = Having a say and working together

lebensbildung-digital-ideas-terms =
    Terms of the idea competition:
    • Anyone may take part. Only send ideas of your own that do not infringe anyone else's rights.
    • The ministry's experts and a jury rate the ideas internally by set criteria; selected ideas are developed further in workshops with their authors. There is no claim to implementation or payment.
    • You allow the ministry to use and develop your idea free of charge for this process – and, only if you choose “may be published”, to publish it without your name so that others can see and support it.
    • As long as your idea is not published, you can have it deleted with /forget together with your other data.

lebensbildung-digital-criterion-nutzen = Benefit for people in NRW
lebensbildung-digital-criterion-machbarkeit = Feasibility
lebensbildung-digital-criterion-neuheit = Novelty of the idea

## Phases and results

lebensbildung-digital-phase-beteiligung = Participation: answer the questions, submit and support ideas
lebensbildung-digital-phase-jury = Evaluation: the jury rates the ideas; the best are developed further in workshops with their authors
lebensbildung-digital-phase-ergebnisse = Results: the ministry presents what becomes of the contributions
lebensbildung-digital-results = Thank you to everyone who took part! Your answers feed into the ministry's digital strategy. The ministry will develop the awarded ideas into pilot projects together with their authors.
