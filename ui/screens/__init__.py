"""The screens of the main window, in navigation order (Ctrl+1 … Ctrl+7)."""

from .admin import AdminScreen
from .appointments import AppointmentsScreen
from .calls import CallsScreen
from .cases import CasesScreen
from .referrals import ReferralsScreen
from .reports import ReportsScreen
from .worklist import WorklistScreen

SCREENS = (CallsScreen, WorklistScreen, CasesScreen, ReferralsScreen, AppointmentsScreen,
           ReportsScreen, AdminScreen)

__all__ = ["SCREENS", "AdminScreen", "AppointmentsScreen", "CallsScreen", "CasesScreen",
           "ReferralsScreen", "ReportsScreen", "WorklistScreen"]
