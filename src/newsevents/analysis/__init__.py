"""Statistical analyses of coded events: dyadic series, escalation, mediation, simulation.

Submodules: ``series``, ``escalation``, ``mediation``, ``simulate``, ``figures`` (imports
matplotlib with the Agg backend, so it is not imported here).
"""

from .escalation import (
    VarResult,
    changepoints,
    conflict_count_model,
    escalation_ladder,
    fit_var,
    granger,
    impulse_responses,
)
from .mediation import (
    before_after,
    ceasefire_episodes,
    hazard_model,
    mediator_network,
    mediators,
    survival_table,
)
from .series import dyad_series, to_wide
from .simulate import simulate_events

__all__ = [
    "VarResult", "before_after", "ceasefire_episodes", "changepoints", "conflict_count_model",
    "dyad_series", "escalation_ladder", "fit_var", "granger", "hazard_model", "impulse_responses",
    "mediator_network", "mediators", "simulate_events", "survival_table", "to_wide",
]
