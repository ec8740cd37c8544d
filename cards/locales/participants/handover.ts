// Handover of a case to another caseworker. Swedish first; English typed by it.
export const sv = {
  handover: {
    title: (code: string) => `Överlämna ${code}`,
    intro:
      'Välj den handläggare som ska ta över ärendet. Hen får ett kort och måste ta emot ärendet innan det flyttas.',
    to: 'Ny handläggare',
    offer: 'Erbjud överlämning',
    noneAvailable:
      'Det finns ingen annan handläggare att lämna över till. Be en administratör ge rollen handläggare.',
    offered: (code: string, to: string) =>
      `Överlämningen av ${code} är erbjuden till ${to}. Du äger ärendet tills hen tar emot det.`,
    notReachable: (to: string) =>
      `${to} har ännu ingen chatt med Samsyn och fick inget kort, men ser överlämningen under "mina deltagare".`,
    pendingAlready: (to: string) =>
      `Överlämning väntar redan på svar från ${to}. Ett nytt erbjudande ersätter det.`,
    unknownUser: 'Välj en av handläggarna i listan.',
    withdrawOffer: 'Återta erbjudandet',
    offerWithdrawn: (code: string, to: string) =>
      `Erbjudandet till ${to} om ${code} är återtaget. Du äger fortfarande ärendet.`,
    toReceiverWithdrawn: (code: string, by: string) =>
      `${by} har återtagit överlämningen av ${code}.`,
    incomingTitle: (code: string) => `Överlämning av ${code}`,
    incomingText: (code: string, from: string) =>
      `${from} vill lämna över ärendet ${code} till dig. Tar du emot det blir du ärendets handläggare.`,
    accept: 'Ta emot',
    decline: 'Avböj',
    accepted: (code: string) =>
      `Du är nu handläggare för ${code}. Det syns under "mina deltagare".`,
    declined: (code: string) => `Du avböjde överlämningen av ${code}.`,
    toOwnerAccepted: (code: string, by: string) =>
      `${by} tog emot ${code}. Ärendet är inte längre ditt.`,
    toOwnerDeclined: (code: string, by: string) =>
      `${by} avböjde överlämningen av ${code}. Du äger fortfarande ärendet.`,
    noLongerOffered: (code: string) =>
      `Överlämningen av ${code} gäller inte längre (den är redan besvarad eller återtagen).`,
  },
};

export type HandoverStrings = typeof sv;

export const en: HandoverStrings = {
  handover: {
    title: (code: string) => `Hand over ${code}`,
    intro:
      'Choose the caseworker who will take over the case. They get a card and must accept the case before it moves.',
    to: 'New caseworker',
    offer: 'Offer handover',
    noneAvailable:
      'There is no other caseworker to hand over to. Ask an administrator to grant the caseworker role.',
    offered: (code: string, to: string) =>
      `The handover of ${code} is offered to ${to}. You own the case until they accept it.`,
    notReachable: (to: string) =>
      `${to} has no chat with Samsyn yet and got no card, but will see the handover under "my participants".`,
    pendingAlready: (to: string) =>
      `A handover is already waiting for ${to}. A new offer replaces it.`,
    unknownUser: 'Choose one of the caseworkers in the list.',
    withdrawOffer: 'Withdraw the offer',
    offerWithdrawn: (code: string, to: string) =>
      `The offer of ${code} to ${to} is withdrawn. You still own the case.`,
    toReceiverWithdrawn: (code: string, by: string) =>
      `${by} has withdrawn the handover of ${code}.`,
    incomingTitle: (code: string) => `Handover of ${code}`,
    incomingText: (code: string, from: string) =>
      `${from} wants to hand the case ${code} over to you. If you accept, you become its caseworker.`,
    accept: 'Accept',
    decline: 'Decline',
    accepted: (code: string) =>
      `You are now the caseworker of ${code}. It shows under "my participants".`,
    declined: (code: string) => `You declined the handover of ${code}.`,
    toOwnerAccepted: (code: string, by: string) =>
      `${by} accepted ${code}. The case is no longer yours.`,
    toOwnerDeclined: (code: string, by: string) =>
      `${by} declined the handover of ${code}. You still own the case.`,
    noLongerOffered: (code: string) =>
      `The handover of ${code} is no longer open (already answered or withdrawn).`,
  },
};
