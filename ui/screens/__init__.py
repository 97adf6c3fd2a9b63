"""The screens of the main window, in navigation order (Ctrl+1 … Ctrl+7)."""

from .admin import AdminScreen
from .calls import CallsScreen
from .cases import CasesScreen
from .referrals import ReferralsScreen
from .reports import ReportsScreen
from .walk_ins import WalkInsScreen
from .worklist import WorklistScreen

SCREENS = (CallsScreen, WorklistScreen, CasesScreen, ReferralsScreen, WalkInsScreen,
           ReportsScreen, AdminScreen)

__all__ = ["SCREENS", "AdminScreen", "CallsScreen", "CasesScreen", "ReferralsScreen",
           "ReportsScreen", "WalkInsScreen", "WorklistScreen"]
