/**
 * Training offers in LHÉO 2.3 (Lien Harmonisé pour les Échanges d'informations sur l'Offre de
 * formation, decree n° 2015-742), the format the Carif-Oref network and Mon Compte Formation (EDOF)
 * collect: {@link fr.capacite.application.cohort.lheo.LheoWriter} writes it, {@link
 * fr.capacite.application.cohort.lheo.OfferService} gathers an organisation's upcoming cohorts.
 */
package fr.capacite.application.cohort.lheo;
